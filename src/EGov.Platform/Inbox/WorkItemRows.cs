namespace EGov.Platform.Inbox;

/// <summary>
/// A module's SELECT that yields one department-role item per row, for <see cref="IWorkItems.AddRowsAsync"/>: a job
/// that raises thousands of cases at once inserts their items with one INSERT … SELECT instead of row by row.
/// </summary>
/// <param name="Select">
/// Returns, in this order: Title, Url, CaseId (text), AssigneeDepartmentId, AssigneePermission, DueDate (a date or
/// <c>CAST(NULL AS DATE)</c>). Values are written as <c>{0}</c>, <c>{1}</c>… and given in <paramref name="Arguments"/>.
/// Rows whose Url does not start with a single <c>/</c> are left out.
/// </param>
public sealed record WorkItemRows(string Module, string Kind, string Select, IReadOnlyList<object> Arguments);
