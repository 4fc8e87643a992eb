using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Approvals.Domain.Licences;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Intake.Access;

/// <summary>
/// Who reads a file of the approvals module (the one policy of the module). A file of an application (a material,
/// possibly reused by several applications, or a document): staff holding any approvals permission whose scope
/// includes the application's department, the clerk who registered it at the window, and the applicant's account
/// for materials and for documents given to them. A file of a service item (blank and sample forms, result
/// samples): staff in scope of the item's department; once published the catalog makes it public.
/// </summary>
internal sealed class ApprovalsAttachmentPolicy(EGovDbContext db, IDepartmentScope scope) : IAttachmentAccessPolicy
{
    public string Module => ApprovalsClocks.Module;

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, AttachmentInfo attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(attachment);
        var account = user.AccountId();
        var holders = await HoldersAsync(attachment.Id, cancellationToken);
        foreach (var h in holders)
        {
            if (account is { } me && ((h.Visible && h.AccountId == me) || h.RegisteredBy == me))
            {
                return true;
            }
        }

        var departments = holders.Select(h => h.DepartmentId).ToList();
        if (departments.Count == 0 && Guid.TryParse(attachment.CaseId, out var itemId))
        {
            departments.AddRange(await db.Set<ServiceItem>().AsNoTracking().Where(i => i.Id == itemId).Select(i => i.DepartmentId).ToListAsync(cancellationToken));
        }

        return departments.Count > 0 && await InScopeAsync(user, departments, cancellationToken);
    }

    private async Task<List<Holder>> HoldersAsync(Guid attachmentId, CancellationToken cancellationToken)
    {
        var applications = db.Set<Application>().AsNoTracking();
        var materials = await (
            from m in db.Set<ApplicationMaterial>().AsNoTracking().Where(m => m.AttachmentId == attachmentId)
            join a in applications on m.ApplicationId equals a.Id
            select new Holder(a.DepartmentId, a.AccountId, a.RegisteredBy, true)).ToListAsync(cancellationToken);
        var documents = await (
            from d in db.Set<ApplicationDocument>().AsNoTracking().Where(d => d.AttachmentId == attachmentId)
            join a in applications on d.ApplicationId equals a.Id
            select new Holder(a.DepartmentId, a.AccountId, a.RegisteredBy, d.VisibleToApplicant)).ToListAsync(cancellationToken);
        var licences = await (
            from l in db.Set<ELicence>().AsNoTracking().Where(l => l.PdfAttachmentId == attachmentId)
            join a in applications on l.ApplicationId equals a.Id
            select new Holder(a.DepartmentId, a.AccountId, a.RegisteredBy, true)).ToListAsync(cancellationToken);
        return [.. materials, .. documents, .. licences];
    }

    private async Task<bool> InScopeAsync(ClaimsPrincipal user, IReadOnlyCollection<Guid> departments, CancellationToken cancellationToken)
    {
        var permissions = user.FindAll(PlatformClaims.Permission).Select(c => c.Value)
            .Where(p => p.StartsWith(ApprovalsPermissions.Prefix, StringComparison.Ordinal)).Distinct();
        foreach (var permission in permissions)
        {
            var set = await scope.ForPermissionAsync(permission, cancellationToken);
            if (departments.Any(set.Contains))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Holder(Guid DepartmentId, Guid? AccountId, Guid? RegisteredBy, bool Visible);
}
