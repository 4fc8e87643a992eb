using EGov.Portal.Authoring.Editing;
using EGov.Portal.Domain.Articles;

namespace EGov.Portal.Authoring.Api;

/// <summary>The JSON body of <c>POST/PUT /api/v1/portal/articles</c>; times in ISO 8601 with an offset.</summary>
internal sealed record ArticleRequest(
    Guid ChannelId,
    string? Title,
    string? Subtitle,
    string? Source,
    string? Author,
    string? Keywords,
    string? Summary,
    string? BodyHtml,
    string? DocumentNumber,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<PolicyValidity>))] PolicyValidity? Validity,
    string? ValidityNote,
    Guid? InterpretsId,
    IReadOnlyList<Guid>? RelatedIds,
    DateTimeOffset? ScheduledPublishAt,
    DateTimeOffset? ScheduledTakeDownAt,
    long Version)
{
    public ArticleFields ToFields() => new(
        ChannelId, Title, Subtitle, Source, Author, Keywords, Summary, BodyHtml, DocumentNumber, Validity, ValidityNote, InterpretsId,
        RelatedIds ?? [], ScheduledPublishAt?.UtcDateTime, ScheduledTakeDownAt?.UtcDateTime, Version);
}

internal sealed record ArticleResponse(
    Guid Id, Guid SiteId, string SiteName, Guid ChannelId, string ChannelName, string Type, string Status, string StatusName,
    string Title, string? Subtitle, string? Source, string? Author, string? Keywords, string? Summary, string BodyHtml,
    string? DocumentNumber, string? Validity, string? ValidityNote, Guid? InterpretsId, IReadOnlyList<Guid> RelatedIds,
    DateTime? ScheduledPublishAt, DateTime? ScheduledTakeDownAt, DateTime? PublishedAt, DateTime UpdatedAt,
    string? ReturnComment, string? WithdrawalReason, int RevisionNumber, long Version,
    IReadOnlyList<AttachmentResponse> Attachments, IReadOnlyList<TransitionResponse> History)
{
    public static ArticleResponse From(ArticleView v)
    {
        var a = v.Article;
        return new(
            a.Id, v.Site.Id, v.Site.Name, v.Channel.Id, v.Channel.Name, a.Type.ToString(), a.Status.ToString(), Domain.PortalNames.Of(a.Status),
            a.Title, a.Subtitle, a.Source, a.Author, a.Keywords, a.Summary, a.BodyHtml,
            a.DocumentNumber, a.Validity?.ToString(), a.ValidityNote, a.InterpretsId, v.Related.Select(r => r.Id).ToList(),
            a.ScheduledPublishAt, a.ScheduledTakeDownAt, a.PublishedAt, a.UpdatedAt,
            a.ReturnComment, a.WithdrawalReason, a.RevisionNumber, a.Version,
            v.Attachments.Select(x => new AttachmentResponse(x.Id, x.AttachmentId, x.Title, $"/api/v1/attachments/{x.AttachmentId}")).ToList(),
            v.Transitions.Select(t => new TransitionResponse(t.Action, t.From.ToString(), t.To.ToString(), t.UserName, t.At, t.Comment)).ToList());
    }
}

internal sealed record AttachmentResponse(Guid Id, Guid AttachmentId, string Title, string DownloadUrl);

internal sealed record TransitionResponse(string Action, string From, string To, string UserName, DateTime At, string? Comment);

internal sealed record RenameAttachmentRequest(string? Title);
