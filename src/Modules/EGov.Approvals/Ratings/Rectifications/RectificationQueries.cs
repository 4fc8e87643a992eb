using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>
/// What staff see: the rectifications of the departments in their <c>approvals.rectify</c> or <c>approvals.view</c>
/// scope, and for the appeal reviewers every appealed one.
/// </summary>
internal sealed class RectificationQueries(EGovDbContext db, IDepartmentScope scope, RectificationAccess access, AppealReviewers reviewers, IOrganizationDirectory directory)
{
    public async Task<IReadOnlyList<RectificationRow>> ListAsync(ClaimsPrincipal user, RectificationState? state, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(user, cancellationToken);
        var query = from r in visible
                    join a in db.Set<Application>() on r.ApplicationId equals a.Id
                    join g in db.Set<Rating>() on r.RatingId equals g.Id
                    join c in db.Set<StatutoryClock>() on r.ClockId equals c.Id into clocks
                    from c in clocks.DefaultIfEmpty()
                    where state == null || r.State == state
                    orderby r.OpenedOn descending, r.Id descending
                    select new { r.Id, a.Number, a.ItemName, r.DepartmentId, g.Overall, g.Named, r.State, r.Round, r.OpenedOn, Due = (DateOnly?)c.DueDate, Warning = (WarningLevel?)c.WarningLevel };
        var rows = await query.Take(500).ToListAsync(cancellationToken);
        var names = await NamesAsync(cancellationToken);
        return [.. rows.Select(x => new RectificationRow(x.Id, x.Number, x.ItemName, names.GetValueOrDefault(x.DepartmentId, ""), x.Overall, x.Named, x.State, x.Round, x.OpenedOn, x.Due, x.Warning))];
    }

    public async Task<RectificationDetail?> DetailAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await (await VisibleAsync(user, cancellationToken)).AnyAsync(r => r.Id == id, cancellationToken)
            || await access.LoadAnyAsync(id, cancellationToken) is not { } c)
        {
            return null;
        }

        var r = c.Rectification;
        var canAct = (await scope.ForPermissionAsync(ApprovalsPermissions.Rectify, cancellationToken)).Contains(r.DepartmentId);
        var canDecide = r.State == RectificationState.Appealed && await reviewers.MayDecideAsync(user, r.DepartmentId, cancellationToken);
        var history = await db.Set<ApplicationStep>().AsNoTracking()
            .Where(s => s.ApplicationId == r.ApplicationId && (s.Kind.StartsWith("rectification") || s.Kind.StartsWith("rat")))
            .OrderBy(s => s.At).ToListAsync(cancellationToken);
        var names = await NamesAsync(cancellationToken);
        return new RectificationDetail(c, names.GetValueOrDefault(r.DepartmentId, ""), canAct, canDecide,
            canAct && c.Application.AccountId is null && r.State == RectificationState.Rectified, history);
    }

    private async Task<IQueryable<Rectification>> VisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var rectify = await scope.ForPermissionAsync(ApprovalsPermissions.Rectify, cancellationToken);
        var view = await scope.ForPermissionAsync(ApprovalsPermissions.View, cancellationToken);
        var all = db.Set<Rectification>();
        if (rectify.IsWholeDistrict || view.IsWholeDistrict)
        {
            return all;
        }

        var ids = rectify.Ids.Union(view.Ids).ToList();
        // Reviewers see every appealed rectification, whatever its department (Guid.Empty: no department is theirs).
        var reviewer = await reviewers.MayDecideAsync(user, Guid.Empty, cancellationToken);
        return all.Where(r => ids.Contains(r.DepartmentId) || (reviewer && r.AppealReason != null));
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(CancellationToken cancellationToken)
        => (await directory.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.ShortName.Length > 0 ? d.ShortName : d.Name);
}
