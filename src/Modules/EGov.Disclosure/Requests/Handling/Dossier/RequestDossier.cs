using EGov.Disclosure.Domain.Disputes;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;

namespace EGov.Disclosure.Requests.Handling.Dossier;

/// <summary>Everything staff see of a request on its detail page and in the API; personal data as this viewer may see it.</summary>
internal sealed record RequestDossier(
    DisclosureRequest Request,
    string AgencyName,
    ApplicantView Applicant,
    ClockView? Clock,
    CorrectionNotice? Correction,
    IReadOnlyList<Consultation> Consultations,
    FeeNotice? Fee,
    Reply? Reply,
    IReadOnlyList<DisclosureDispute> Disputes,
    IReadOnlyList<RequestDocument> Documents,
    IReadOnlyList<RequestStep> Steps,
    HandlingActions Actions);

/// <summary>The applicant's identity and contact, masked unless the viewer holds <c>personaldata.view</c>.</summary>
internal sealed record ApplicantView(string? IdentityNumber, string? Phone, string? Address);

/// <summary>The reply clock as of today.</summary>
internal sealed record ClockView(StatutoryClock Clock, int RemainingWorkingDays, WarningLevel Level)
{
    public string LevelName => Level switch
    {
        WarningLevel.Overdue => "超期",
        WarningLevel.Warning => "临期",
        _ => "正常",
    };

    public string StateName => Clock.State switch
    {
        ClockState.Paused => "暂停计时",
        ClockState.Stopped => "已停止计时",
        _ => "计时中",
    };
}
