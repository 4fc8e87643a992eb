using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Clocks;

namespace EGov.Approvals.Applications.Handling.Dossier;

/// <summary>Everything staff see of an application on its detail page and in the API; personal data as this viewer may see it.</summary>
internal sealed record ApplicationDossier(
    Application Application,
    ServiceItem Item,
    string DepartmentName,
    ApplicantView Applicant,
    IReadOnlyList<FormValue> Form,
    IReadOnlyList<ApplicationMaterial> Materials,
    CorrectionNotice? Correction,
    DateOnly? CorrectionLastDay,
    IReadOnlyList<SpecialProcedure> Procedures,
    IReadOnlyList<Extension> Extensions,
    IReadOnlyList<ClockView> Clocks,
    IReadOnlyList<ApplicationDocument> Documents,
    IReadOnlyList<ApplicationStep> Steps,
    HandlingActions Actions);

/// <summary>The applicant's identity and contact, masked unless the viewer holds <c>personaldata.view</c>.</summary>
internal sealed record ApplicantView(string? IdentityNumber, string? Phone, string? Address);

/// <summary>One form field with its label and the value as text.</summary>
internal sealed record FormValue(string Label, string Value);

/// <summary>A clock as of today.</summary>
internal sealed record ClockView(string Kind, string Name, StatutoryClock Clock, int RemainingWorkingDays, WarningLevel Level)
{
    public string LevelName => HandlingDisplay.LevelName(Level);

    public string StateName => Clock.State switch
    {
        ClockState.Paused => "暂停计时",
        ClockState.Stopped => "已停止",
        _ => "计时中",
    };
}
