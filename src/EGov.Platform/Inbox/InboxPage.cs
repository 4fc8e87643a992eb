using EGov.Platform.Clocks;
namespace EGov.Platform.Inbox;

/// <summary>One page of a user's open work items, with the counts per warning level over all of them.</summary>
public sealed record InboxPage(
    IReadOnlyList<WorkItemView> Items,
    int Page,
    int PageSize,
    int Total,
    WarningCounts Counts)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record WorkItemView(
    Guid Id,
    string Module,
    string Kind,
    string Title,
    string Url,
    string CaseId,
    DateTime CreatedAt,
    DateOnly? DueDate,
    WarningLevel WarningLevel);

public sealed record WarningCounts(int Normal, int Warning, int Overdue);
