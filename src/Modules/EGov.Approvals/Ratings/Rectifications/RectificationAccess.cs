using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>Staff reach rectifications through the department scope of a permission (scope follows the application's department).</summary>
internal sealed class RectificationAccess(EGovDbContext db, IDepartmentScope scope, ClockService clocks)
{
    public async Task<IQueryable<Rectification>> InScopeAsync(string permission, CancellationToken cancellationToken = default)
        => db.Set<Rectification>().WhereInScope(await scope.ForPermissionAsync(permission, cancellationToken), r => r.DepartmentId);

    public async Task<RectificationCase?> LoadAsync(Guid id, string permission, CancellationToken cancellationToken = default)
        => await (await InScopeAsync(permission, cancellationToken)).SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } r
            ? await CompleteAsync(r, cancellationToken)
            : null;

    /// <summary>Without a scope: for the appeal reviewers, whose rule is not a department scope.</summary>
    public async Task<RectificationCase?> LoadAnyAsync(Guid id, CancellationToken cancellationToken = default)
        => await db.Set<Rectification>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } r
            ? await CompleteAsync(r, cancellationToken)
            : null;

    /// <summary>The rectifications of an application the account made, newest first (tracked).</summary>
    public async Task<IReadOnlyList<RectificationCase>> ForApplicantAsync(Guid applicationId, Guid accountId, CancellationToken cancellationToken = default)
    {
        var own = db.Set<Application>().Where(a => a.Id == applicationId && a.AccountId == accountId).Select(a => a.Id);
        var list = await db.Set<Rectification>().Where(r => own.Contains(r.ApplicationId)).OrderByDescending(r => r.OpenedOn).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        var cases = new List<RectificationCase>(list.Count);
        foreach (var r in list)
        {
            cases.Add(await CompleteAsync(r, cancellationToken));
        }

        return cases;
    }

    public async Task<RectificationCase> CompleteAsync(Rectification rectification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rectification);
        var rating = await db.Set<Rating>().SingleAsync(r => r.Id == rectification.RatingId, cancellationToken);
        var application = await db.Set<Application>().SingleAsync(a => a.Id == rectification.ApplicationId, cancellationToken);
        var clock = rectification.ClockId is { } clockId ? await clocks.FindAsync(clockId, cancellationToken) : null;
        return new RectificationCase(rectification, rating, application, clock);
    }
}
