using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Clocks;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>
/// 差评整改 clock: <c>Approvals:RectificationWorkingDays</c> working days (default 15, proposals-and-interaction.md §4.4)
/// from the day of the rating or of the reopening; the day itself is not counted.
/// </summary>
internal static class RectificationClock
{
    public static ClockStart For(Guid rectificationId, Application application, DateOnly start, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(application);
        return new ClockStart(
            ApprovalsClocks.Module,
            ApprovalsClocks.Rectification,
            rectificationId.ToString(),
            $"差评整改：{application.ItemName}（{application.Number}）",
            start,
            ClockLimit.WorkingDays(workingDays))
        { DepartmentId = application.DepartmentId, Item = application.ItemName };
    }
}
