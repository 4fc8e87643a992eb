namespace EGov.Interaction.Letters.Handling.Api;

// Request bodies of the office letters API. Version: the letter's version the client last read; when given and the
// letter changed since, the step is refused with 409 instead of overwriting.

internal sealed record VersionBody(long? Version);

internal sealed record RouteBody(Guid? DepartmentId, string? Note, long? Version);

internal sealed record ReasonBody(string? Reason, long? Version);

internal sealed record ExtensionRequestBody(int? WorkingDays, string? Reason, long? Version);

internal sealed record ExtensionDecisionBody(bool Approve, string? Note, long? Version);

internal sealed record ReplyBody(string? Content, long? Version);

internal sealed record ReviewBody(string? Note, long? Version);

internal sealed record NoteBody(string? Body, long? Version);

/// <summary>Into: the id or the number of the letter that stays.</summary>
internal sealed record MergeBody(string? Into, long? Version);

internal sealed record PublishBody(string? Subject, string? Content, string? Reply, long? Version);
