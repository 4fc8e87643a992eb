using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Clocks;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>One line of the staff list of rectifications.</summary>
internal sealed record RectificationRow(
    Guid Id,
    string Number,
    string ItemName,
    string DepartmentName,
    int Overall,
    bool Named,
    RectificationState State,
    int Round,
    DateOnly OpenedOn,
    DateOnly? DueDate,
    WarningLevel? Warning);

/// <summary>The staff page of one rectification: what it is, what the viewer may do, and its history.</summary>
internal sealed record RectificationDetail(
    RectificationCase Case,
    string DepartmentName,
    bool CanAct,
    bool CanDecideAppeal,
    bool CanRecordFeedback,
    IReadOnlyList<ApplicationStep> History);
