using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Requests.Intake.Registration;

/// <summary>How and when the request arrived, and the receipt date the rule of 第三十一条 gave (null: not yet).</summary>
internal sealed record IntakeChannel(RequestChannel Channel, DateOnly SubmittedOn, DateOnly? SignedForOn, DateOnly? ConfirmedOn, string? ConfirmationNote, DateOnly? ReceivedOn);
