using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Requests.Handling.Consultations;

/// <summary>征求意见: whom, what, and the day the letter went out (today when not given).</summary>
internal sealed record ConsultationInput(ConsultedParty? PartyKind, string? PartyName, string? Question, DateOnly? SentOn);

/// <summary>The consulted party's answer and its day; <see cref="ConsultationAnswer.NoAnswer"/> only after the 15 working days.</summary>
internal sealed record ConsultationAnswerInput(ConsultationAnswer? Answer, string? Text, DateOnly? AnsweredOn);
