using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Scope;
using Microsoft.Extensions.Options;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>
/// Who decides 申诉复核: a holder of <c>approvals.view</c> working in the 政务服务管理机构
/// (<see cref="RatingsOptions.ReviewDepartmentCode"/>) or seeing the whole district — never someone of the appealing department.
/// </summary>
internal sealed class AppealReviewers(IDepartmentScope scope, IOrganizationDirectory directory, IOptions<RatingsOptions> options)
{
    public async Task<bool> MayDecideAsync(ClaimsPrincipal user, Guid appealingDepartmentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.HasPermission(ApprovalsPermissions.View) || user.DepartmentId() is not { } own || own == appealingDepartmentId)
        {
            return false;
        }

        var review = await directory.FindByCodeAsync(options.Value.ReviewDepartmentCode, cancellationToken);
        return own == review?.Id || (await scope.ForPermissionAsync(ApprovalsPermissions.View, cancellationToken)).IsWholeDistrict;
    }
}
