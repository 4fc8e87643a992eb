using EGov.Platform.Clocks;

namespace EGov.Oversight.Board;

/// <summary>One clock in the board's list.</summary>
/// <param name="RemainingWorkingDays">Negative when overdue; frozen during a pause.</param>
internal sealed record BoardClockRow(
    Guid Id,
    string Module,
    string ModuleName,
    string TypeName,
    string Title,
    string CaseId,
    string? CaseUrl,
    Guid? DepartmentId,
    string DepartmentName,
    string? Item,
    DateOnly DueDate,
    int RemainingWorkingDays,
    ClockState State,
    BoardLevel Level);

internal sealed record BoardPage(IReadOnlyList<BoardClockRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
