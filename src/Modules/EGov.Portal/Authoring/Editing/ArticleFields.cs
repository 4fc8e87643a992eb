using EGov.Portal.Domain.Articles;

namespace EGov.Portal.Authoring.Editing;

/// <summary>What an editor writes on an article; the same for the page form and the API. Instants in UTC.</summary>
/// <param name="ChannelId">Where a new article goes (its site follows); ignored when editing.</param>
/// <param name="Version">The version the editor loaded; 0 for a new article.</param>
internal sealed record ArticleFields(
    Guid ChannelId,
    string? Title,
    string? Subtitle,
    string? Source,
    string? Author,
    string? Keywords,
    string? Summary,
    string? BodyHtml,
    string? DocumentNumber,
    PolicyValidity? Validity,
    string? ValidityNote,
    Guid? InterpretsId,
    IReadOnlyList<Guid> RelatedIds,
    DateTime? ScheduledPublishAt,
    DateTime? ScheduledTakeDownAt,
    long Version);

/// <summary>A file handed in with an article form or through the API.</summary>
internal sealed record NewAttachment(Stream Content, string FileName, string? ContentType, string? Title = null);
