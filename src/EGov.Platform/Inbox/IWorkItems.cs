namespace EGov.Platform.Inbox;

/// <summary>The to-do inbox (待办) that every module feeds and the office home page shows.</summary>
public interface IWorkItems
{
    /// <summary>Adds an item to the caller's unit of work (saved with the caller's change) and returns its id.</summary>
    Guid Add(NewWorkItem item);

    /// <summary>
    /// Adds one item per row of a module's query with a single INSERT … SELECT, at once and in the caller's transaction
    /// if one is open; one audit record with the count is saved with the caller's change. Returns how many were added.
    /// </summary>
    Task<int> AddRowsAsync(WorkItemRows rows, CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes the open items of a case in the caller's unit of work: those of <paramref name="kind"/>,
    /// or all of them when it is null. Returns how many were completed.
    /// </summary>
    Task<int> CompleteAsync(string module, string caseId, string? kind, Guid? completedBy, CancellationToken cancellationToken = default);

    /// <summary>Open items assigned to the person, or to a permission they hold in one of the departments, most urgent first.</summary>
    Task<InboxPage> ForUserAsync(Guid userId, IReadOnlyCollection<Guid> departmentIds, IReadOnlyCollection<string> permissions, int page, CancellationToken cancellationToken = default);
}

/// <param name="Module">The module code (<c>ModuleDescriptor.Code</c>), e.g. <c>disclosure</c>.</param>
/// <param name="Kind">What is to be done, stable per module, e.g. <c>request.reply</c>.</param>
/// <param name="Url">The module page where it is done, e.g. <c>/office/disclosure/requests/…</c>.</param>
/// <param name="ClockId">The statutory clock behind the due date, if any.</param>
public sealed record NewWorkItem(
    string Module,
    string Kind,
    string Title,
    string Url,
    string CaseId,
    WorkItemAssignee Assignee,
    DateOnly? DueDate = null,
    Guid? ClockId = null);

/// <summary>A person, or whoever holds <see cref="Permission"/> in <see cref="DepartmentId"/>.</summary>
public sealed record WorkItemAssignee
{
    private WorkItemAssignee(Guid? userId, Guid? departmentId, string? permission)
    {
        UserId = userId;
        DepartmentId = departmentId;
        Permission = permission;
    }

    public Guid? UserId { get; }
    public Guid? DepartmentId { get; }
    public string? Permission { get; }

    public static WorkItemAssignee Person(Guid userId) => new(userId, null, null);

    public static WorkItemAssignee DepartmentRole(Guid departmentId, string permission)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(permission);
        return new(null, departmentId, permission);
    }
}
