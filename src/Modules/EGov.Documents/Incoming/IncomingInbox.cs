using EGov.Documents.Contracts;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Inbox;

namespace EGov.Documents.Incoming;

/// <summary>The to-dos of a 收文, each for the role of the department (or the person) that takes the next step, with the due date.</summary>
internal sealed class IncomingInbox(IWorkItems items)
{
    public const string Module = "documents";
    public const string ReceiveKind = "incoming.receive";
    public const string RegisterKind = "incoming.register";
    public const string CheckKind = "incoming.check";
    public const string CirculatingKind = "incoming.circulating";
    public const string ProposeKind = "incoming.propose";
    public const string InstructKind = "incoming.instruct";
    public const string HandleKind = "incoming.handle";
    public const string AssistKind = "incoming.assist";
    public const string ArchiveKind = "incoming.archive";
    public const string ReadKind = "incoming.read";

    public static string Url(Guid id) => $"/office/documents/incoming/{id:D}";

    public void ForUnit(IncomingDocument document, string kind, string what, Guid departmentId, string permission)
        => items.Add(new NewWorkItem(Module, kind, $"{what}：{document.Title}", Url(document.Id), IncomingUnit.CaseId(document),
            WorkItemAssignee.DepartmentRole(departmentId, permission), document.DueDate, document.ClockId));

    public void ForReader(IncomingDocument document, Guid readerId)
        => items.Add(new NewWorkItem(Module, ReadKind, $"传阅：{document.Title}", Url(document.Id), ReaderCase(document, readerId),
            WorkItemAssignee.Person(readerId), document.DueDate, document.ClockId));

    public void ForAssistingUnit(IncomingDocument document, Guid departmentId)
        => items.Add(new NewWorkItem(Module, AssistKind, $"协办：{document.Title}", Url(document.Id), UnitCase(document, departmentId),
            WorkItemAssignee.DepartmentRole(departmentId, DocumentsPermissions.Handle), document.DueDate, document.ClockId));

    public Task CompleteAssistingAsync(IncomingDocument document, Guid departmentId, Guid? by, CancellationToken cancellationToken)
        => items.CompleteAsync(Module, UnitCase(document, departmentId), AssistKind, by, cancellationToken);

    public Task CompleteReadingAsync(IncomingDocument document, Guid readerId, CancellationToken cancellationToken)
        => items.CompleteAsync(Module, ReaderCase(document, readerId), ReadKind, readerId, cancellationToken);

    /// <summary>Each reader's item has its own case key, so that one reader's reading completes only their item.</summary>
    private static string ReaderCase(IncomingDocument document, Guid readerId) => $"{document.Id:D}/{readerId:N}";

    private static string UnitCase(IncomingDocument document, Guid departmentId) => $"{document.Id:D}/{departmentId:N}";

    public Task CompleteAsync(IncomingDocument document, string? kind, Guid? by, CancellationToken cancellationToken)
        => items.CompleteAsync(Module, IncomingUnit.CaseId(document), kind, by, cancellationToken);
}
