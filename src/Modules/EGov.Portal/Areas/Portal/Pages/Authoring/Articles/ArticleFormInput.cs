using System.Text.RegularExpressions;
using EGov.Platform.Time;
using EGov.Portal.Authoring;
using EGov.Portal.Authoring.Editing;
using EGov.Portal.Domain.Articles;
using Microsoft.AspNetCore.Http;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Articles;

/// <summary>The article form as the browser posts it: times in Beijing time, related articles as links or numbers, one a line.</summary>
internal sealed partial class ArticleFormInput
{
    public Guid ChannelId { get; set; }
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Source { get; set; }
    public string? Author { get; set; }
    public string? Keywords { get; set; }
    public string? Summary { get; set; }
    public string? BodyHtml { get; set; }
    public string? DocumentNumber { get; set; }
    public PolicyValidity? Validity { get; set; }
    public string? ValidityNote { get; set; }
    public Guid? InterpretsId { get; set; }
    public string? RelatedIds { get; set; }
    public DateTime? ScheduledPublishAt { get; set; }
    public DateTime? ScheduledTakeDownAt { get; set; }
    public long Version { get; set; }
    public List<IFormFile> Upload { get; set; } = [];

    public static ArticleFormInput From(Article a, IEnumerable<Guid> related) => new()
    {
        ChannelId = a.ChannelId,
        Title = a.Title,
        Subtitle = a.Subtitle,
        Source = a.Source,
        Author = a.Author,
        Keywords = a.Keywords,
        Summary = a.Summary,
        BodyHtml = a.BodyHtml,
        DocumentNumber = a.DocumentNumber,
        Validity = a.Validity,
        ValidityNote = a.ValidityNote,
        InterpretsId = a.InterpretsId,
        RelatedIds = string.Join('\n', related.Select(id => id.ToString("N"))),
        ScheduledPublishAt = a.ScheduledPublishAt is { } p ? ChinaTime.ToLocal(p) : null,
        ScheduledTakeDownAt = a.ScheduledTakeDownAt is { } t ? ChinaTime.ToLocal(t) : null,
        Version = a.Version,
    };

    /// <summary>The handler's fields, or a field error when a related line names no article.</summary>
    public (ArticleFields? Fields, string? RelatedError) ToFields()
    {
        var related = new List<Guid>();
        foreach (var line in (RelatedIds ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = ArticleId().Match(line);
            if (!match.Success || !Guid.TryParse(match.Value, out var id))
            {
                return (null, $"“{line}”不是稿件地址或编号。");
            }

            related.Add(id);
        }

        return (new ArticleFields(
            ChannelId, Title, Subtitle, Source, Author, Keywords, Summary, BodyHtml, DocumentNumber, Validity, ValidityNote, InterpretsId,
            related, StaffDisplay.FromLocal(ScheduledPublishAt), StaffDisplay.FromLocal(ScheduledTakeDownAt), Version), null);
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")]
    private static partial Regex ArticleId();
}
