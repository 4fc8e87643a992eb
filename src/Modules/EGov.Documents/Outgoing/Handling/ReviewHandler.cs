using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>
/// 核稿 (条例 Art. 20): the department head passes the draft, choosing the departments that must 会签 (the matter
/// involves them), or none, which sends it straight to 签发.
/// </summary>
internal sealed class ReviewHandler(DocumentUnit unit, OutgoingInbox inbox, OrganizationFacts organization)
{
    public async Task<Result> ApproveAsync(
        Guid id, string? opinion, IReadOnlyList<Guid>? countersignDepartments, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadForAsync(id, version, FlowAction.Review, "核稿", DocumentsPermissions.Review, d => d.DepartmentId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        var tree = await organization.TreeAsync(cancellationToken);
        var chosen = (countersignDepartments ?? []).Distinct().Where(d => d != document.DepartmentId).ToList();
        var departments = tree.Where(d => chosen.Contains(d.Id) && d.IsActive).ToList();
        if (departments.Count != chosen.Count)
        {
            return OutgoingErrors.BadValue("CountersignDepartments", "会签部门不存在或已撤销。");
        }

        foreach (var department in departments)
        {
            unit.Db.Add(new Countersign { Id = Guid.NewGuid(), DocumentId = document.Id, Round = document.Round, DepartmentId = department.Id, DepartmentName = department.Name });
            inbox.Countersign(document, department.Id);
        }

        document.State = DocumentFlow.AfterReview(departments.Count);
        if (document.State == DocumentState.SigningOff)
        {
            inbox.SignOff(document);
        }

        var text = DocumentUnit.Trimmed(opinion) ?? "同意";
        unit.AddOpinion(document, OpinionStep.Review, OpinionDecision.Approved, text, user);
        await inbox.CompleteAsync(document, OutgoingInbox.ReviewKind, user.AccountId(), cancellationToken);
        unit.Audit(document, "reviewed", user, text);
        return await unit.SaveAsync(document, cancellationToken);
    }
}
