using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Reports.Tables;

/// <summary>Per applicant type: received in the year (一), carried in (二), carried out (四).</summary>
internal sealed record ApplicantCounts(ApplicantType Type, int Received, int CarriedIn, int CarriedOut);

/// <summary>Requests concluded in the year with one applicant type and one outcome (null when the outcome is missing).</summary>
internal sealed record ConclusionCount(ApplicantType Type, ReplyOutcome? Outcome, int Count);
