using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Requests.Intake.Registration;

/// <summary>What the receipt (回执) shows; <see cref="QueryCode"/> exists only here and is never stored in clear.</summary>
internal sealed record RegisteredRequest(
    Guid Id,
    string Number,
    string QueryCode,
    string AgencyName,
    DateTime SubmittedAt,
    RequestChannel Channel,
    RequestState State,
    DateOnly? ReceivedOn,
    DateOnly? DueDate);
