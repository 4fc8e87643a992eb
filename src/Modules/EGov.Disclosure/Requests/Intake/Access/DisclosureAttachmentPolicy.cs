using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Catalog;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Intake.Access;

/// <summary>
/// Who reads a file of the disclosure module. A request's file: staff holding a request permission whose scope
/// includes the handling office, and the applicant's account once the file is delivered to them. A catalog item's
/// file: catalogers and confidentiality reviewers in scope of its office (published files are public anyway).
/// </summary>
internal sealed class DisclosureAttachmentPolicy(EGovDbContext db, IDepartmentScope scope) : IAttachmentAccessPolicy
{
    private static readonly string[] RequestPermissions =
        [DisclosurePermissions.Handle, DisclosurePermissions.Review, DisclosurePermissions.SignOff, DisclosurePermissions.View];

    private static readonly string[] CatalogPermissions = [DisclosurePermissions.Catalog, DisclosurePermissions.ConfidentialityReview];

    public string Module => DisclosureClocks.Module;

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, AttachmentInfo attachment, CancellationToken cancellationToken)
    {
        var ofRequest = await (
            from d in db.Set<RequestDocument>().AsNoTracking()
            join r in db.Set<DisclosureRequest>().AsNoTracking() on d.RequestId equals r.Id
            where d.AttachmentId == attachment.Id
            select new { r.HandlingDepartmentId, r.AccountId, d.VisibleToApplicant }).FirstOrDefaultAsync(cancellationToken);
        if (ofRequest is not null)
        {
            return (ofRequest.VisibleToApplicant && ofRequest.AccountId is { } owner && user.AccountId() == owner)
                || await InScopeAsync(user, RequestPermissions, ofRequest.HandlingDepartmentId, cancellationToken);
        }

        if (!Guid.TryParse(attachment.CaseId, out var itemId))
        {
            return false;
        }

        var office = await db.Set<CatalogItem>().AsNoTracking().Where(i => i.Id == itemId).Select(i => (Guid?)i.OfficeDepartmentId).SingleOrDefaultAsync(cancellationToken);
        return office is { } officeId && await InScopeAsync(user, CatalogPermissions, officeId, cancellationToken);
    }

    private async Task<bool> InScopeAsync(ClaimsPrincipal user, string[] permissions, Guid departmentId, CancellationToken cancellationToken)
    {
        foreach (var permission in permissions.Where(user.HasPermission))
        {
            if ((await scope.ForPermissionAsync(permission, cancellationToken)).Contains(departmentId))
            {
                return true;
            }
        }

        return false;
    }
}
