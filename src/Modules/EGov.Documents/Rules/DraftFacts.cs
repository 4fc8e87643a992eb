using EGov.Documents.Domain;

namespace EGov.Documents.Rules;

/// <summary>What the 行文规则 look at in a draft, with the organization facts a machine needs to judge them.</summary>
/// <param name="SubordinateIds">Departments below the issuing agency in the organization tree.</param>
internal sealed record DraftFacts(
    DocumentType Type,
    Direction Direction,
    string Title,
    string Body,
    string MainRecipients,
    IReadOnlyCollection<Guid> MainRecipientIds,
    string? CopyRecipients,
    IReadOnlyCollection<Guid> CopyRecipientIds,
    IReadOnlySet<Guid> SubordinateIds,
    Secrecy Secrecy,
    int? SecrecyYears,
    string? CopyNumber,
    string? Signer,
    Publicity Publicity = Publicity.OnRequest);
