using EGov.Disclosure.Domain.Disputes;
using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Requests.Handling.Api;

// Request bodies of the handling API. Version: the request's (or dispute's) version the client last read; when it
// is given and the record changed since, the step is refused with 409 instead of overwriting.

internal sealed record VersionBody(long? Version);

internal sealed record CorrectionNoticeBody(string? Items, long? Version);

internal sealed record CorrectionBody(string? Description, DateOnly? CorrectedOn, long? Version);

internal sealed record OnlineCorrectionBody(string? Number, string? QueryCode, string? Description);

internal sealed record ConsultationBody(ConsultedParty? PartyKind, string? PartyName, string? Question, DateOnly? SentOn, long? Version);

internal sealed record ConsultationAnswerBody(ConsultationAnswer? Answer, string? Text, DateOnly? AnsweredOn, long? Version);

internal sealed record FeeNoticeBody(FeeMode? Mode, int? Pieces, int? Pages, long? Version);

internal sealed record FeePaymentBody(DateOnly? PaidOn, string? Reference, long? Version);

internal sealed record ExtensionBody(int? Days, string? Reason, long? Version);

internal sealed record ReplyBody(
    ReplyOutcome? Outcome, string? Text, bool AlreadyPublic, string? WhereToObtain, string? ResponsibleAgency, bool ResponsibleAgencyUnknown,
    bool OnSiteReading, Guid[]? AttachmentIds, long? Version);

internal sealed record OpinionBody(string? Opinion, long? Version);

internal sealed record DeliveryBody(DeliveryMethod? Method, DateOnly? DeliveredOn, string? Note, long? Version);

internal sealed record WithdrawalBody(DateOnly? WithdrawnOn, string? Note, long? Version);

internal sealed record DisputeBody(
    DisputeKind? Kind, string? Authority, string? CaseNumber, DateOnly? FiledOn, DisputeResult? Result, DateOnly? DecidedOn, string? Note, long? Version);

/// <summary>The request after a step.</summary>
internal sealed record StepResponse(Guid Id, string State, string StateName, long Version, DateOnly? DueDate, int? RemainingWorkingDays);
