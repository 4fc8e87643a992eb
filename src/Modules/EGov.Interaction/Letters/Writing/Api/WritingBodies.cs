using System.Text.Json.Serialization;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Writing.Registration;
using EGov.Platform.Verification;

namespace EGov.Interaction.Letters.Writing.Api;

/// <summary>
/// <c>POST /api/v1/interaction/letters</c>. Files: a signed-in writer uploads them first through
/// <c>POST /api/v1/attachments</c> and lists the ids; anonymous API writers send none (that upload needs an account).
/// </summary>
internal sealed record LetterBody(
    string? MailboxCode,
    [property: JsonConverter(typeof(JsonStringEnumConverter<LetterKind>))] LetterKind? Kind,
    string? Subject,
    string? Content,
    string? Name,
    string? Phone,
    string? Email,
    string? Address,
    bool ConsentToPublish,
    string? Location,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<Guid>? AttachmentIds,
    AnonymousProof? Proof)
{
    public NewLetter ToNewLetter() => new()
    {
        MailboxCode = MailboxCode,
        Kind = Kind,
        Subject = Subject,
        Content = Content,
        WriterName = Name,
        WriterPhone = Phone,
        WriterEmail = Email,
        WriterAddress = Address,
        ConsentToPublish = ConsentToPublish,
        Location = Location,
        Latitude = Latitude,
        Longitude = Longitude,
        AttachmentIds = AttachmentIds ?? [],
        Proof = Proof,
    };
}

internal sealed record TrackBody(string? Number, string? QueryCode);

internal sealed record RatingBody(
    string? Number,
    string? QueryCode,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Satisfaction>))] Satisfaction? Satisfaction,
    string? Comment);

internal sealed record OwnRatingBody(
    [property: JsonConverter(typeof(JsonStringEnumConverter<Satisfaction>))] Satisfaction? Satisfaction,
    string? Comment);

internal sealed record RejectBody(string? Reason, uint? Version);

internal sealed record ReleaseBody(uint? Version);

internal sealed record ReceiptResponse(Guid Id, string Number, string QueryCode, string State, DateOnly? ReplyDue, DateTime SubmittedAt)
{
    public static ReceiptResponse From(RegisteredLetter r) => new(r.Id, r.Number, r.QueryCode, r.State.ToString(), r.ReplyDue, r.SubmittedAt);
}

internal sealed record RatedResponse(string State);

internal sealed record MailboxResponse(string Code, string Name, string Kind, string Description);
