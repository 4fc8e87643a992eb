using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Platform.Inbox;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>The to-dos of 发文办理, one kind per step, each for the department role that takes it.</summary>
internal sealed class OutgoingInbox(IWorkItems items)
{
    public const string Module = "documents";
    public const string ReviewKind = "outgoing.review";
    public const string SignOffKind = "outgoing.signoff";
    public const string NumberKind = "outgoing.number";
    public const string SealKind = "outgoing.seal";
    public const string DistributeKind = "outgoing.distribute";
    public const string ArchiveKind = "outgoing.archive";
    public const string ReviseKind = "outgoing.revise";

    public static string Url(Guid id) => $"/office/documents/outgoing/{id}";

    public static string CountersignKind(Guid departmentId) => $"outgoing.countersign.{departmentId:N}";

    public void Review(OfficialDocument d) => Add(d, ReviewKind, "待核稿", WorkItemAssignee.DepartmentRole(d.DepartmentId, DocumentsPermissions.Review));

    public void Countersign(OfficialDocument d, Guid department)
        => Add(d, CountersignKind(department), "待会签", WorkItemAssignee.DepartmentRole(department, DocumentsPermissions.Countersign));

    public void SignOff(OfficialDocument d) => Add(d, SignOffKind, "待签发", WorkItemAssignee.DepartmentRole(d.AgencyId, DocumentsPermissions.SignOff));

    public void Dispatch(OfficialDocument d, string kind, string what)
        => Add(d, kind, what, WorkItemAssignee.DepartmentRole(d.DispatchDepartmentId, DocumentsPermissions.Dispatch));

    public void Revise(OfficialDocument d) => Add(d, ReviseKind, "退回修改", WorkItemAssignee.Person(d.DrafterId));

    public Task<int> CompleteAsync(OfficialDocument d, string? kind, Guid? by, CancellationToken cancellationToken)
        => items.CompleteAsync(Module, DocumentUnit.Key(d.Id), kind, by, cancellationToken);

    private void Add(OfficialDocument d, string kind, string what, WorkItemAssignee assignee)
        => items.Add(new NewWorkItem(Module, kind, $"{what}：{d.Title}", Url(d.Id), DocumentUnit.Key(d.Id), assignee));
}
