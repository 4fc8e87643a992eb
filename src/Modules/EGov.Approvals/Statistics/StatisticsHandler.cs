using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;

namespace EGov.Approvals.Statistics;

/// <summary>
/// 政务服务统计 for holders of <c>approvals.view</c>, over the departments in their scope (the whole district for
/// district-wide users), optionally one department: every figure is a grouped query.
/// </summary>
internal sealed class StatisticsHandler(EGovDbContext db, IDepartmentScope scope, IOrganizationDirectory directory, ApplicationCounts applications, RatingCounts ratings, TimeProvider time)
{
    /// <summary>全程网办 share of published items (plan target: half).</summary>
    public const double FullyOnlineTarget = 0.5;

    /// <summary>Licensing items accepted online (plan target: every one).</summary>
    public const double OnlineAcceptanceTarget = 1.0;

    public static readonly Error Forbidden = Error.Forbidden("approvals.statistics.forbidden", "您没有查看该部门政务服务统计的权限。");

    public async Task<Result<ServiceStatistics>> QueryAsync(DateOnly? from, DateOnly? to, Guid? department, CancellationToken cancellationToken = default)
    {
        var period = StatisticsPeriod.Of(from, to, time);
        if (!period.IsSuccess)
        {
            return period.Error!;
        }

        var departments = await scope.ForPermissionAsync(ApprovalsPermissions.View, cancellationToken);
        if (departments.IsEmpty || (department is { } d && !departments.Contains(d)))
        {
            return Forbidden;
        }

        var only = department is { } one ? DepartmentSet.Of([one]) : departments;
        var p = period.Value;
        var apps = db.Set<Application>().WhereInScope(only, a => a.DepartmentId);
        var rated = ratings.Counted(p).WhereInScope(only, r => r.DepartmentId);
        var appFigures = await applications.PerDepartmentAsync(apps, p, cancellationToken);
        var ratingFigures = (await ratings.PerItemAsync(rated, cancellationToken))
            .GroupBy(x => x.Key.Department).ToDictionary(g => g.Key, g => RatingFigures.Sum(g.Select(x => x.Value)));
        var itemFigures = await ItemCounts.PerDepartmentAsync(db.Set<ServiceItem>().WhereInScope(only, i => i.DepartmentId), cancellationToken);
        var months = await MonthCounts.ListAsync(apps, rated, p, cancellationToken);

        var tree = await directory.TreeAsync(cancellationToken);
        var byDepartment = tree
            .Where(t => appFigures.ContainsKey(t.Id) || ratingFigures.ContainsKey(t.Id) || itemFigures.ContainsKey(t.Id))
            .Select(t => new DepartmentFigures(t.Id, t.Name, appFigures.GetValueOrDefault(t.Id, ApplicationFigures.None), ratingFigures.GetValueOrDefault(t.Id, RatingFigures.None), itemFigures.GetValueOrDefault(t.Id, ItemFigures.None)))
            .ToList();
        var total = Total(byDepartment, await applications.WorkingDaysAsync(apps.Where(a => a.State == ApplicationState.Concluded && a.ConcludedOn >= p.From && a.ConcludedOn <= p.To), cancellationToken));
        return new ServiceStatistics(p.From, p.To, department, total, byDepartment, months, Targets(total.Items));
    }

    private static DepartmentFigures Total(List<DepartmentFigures> all, Dictionary<Guid, (int Count, long Days)> days)
    {
        var a = all.Select(x => x.Applications).ToList();
        var (count, sum) = (days.Values.Sum(x => x.Count), days.Values.Sum(x => x.Days));
        var applications = new ApplicationFigures(
            a.Sum(x => x.ReceivedOnline), a.Sum(x => x.ReceivedWindow), a.Sum(x => x.Concluded), a.Sum(x => x.PromisedConcluded), a.Sum(x => x.PromisedOnTime),
            a.Sum(x => x.StatutoryConcluded), a.Sum(x => x.StatutoryOnTime), a.Sum(x => x.DeemedAccepted), count == 0 ? null : Math.Round((double)sum / count, 1));
        var items = all.Select(x => x.Items).ToList();
        return new DepartmentFigures(null, "合计", applications, RatingFigures.Sum(all.Select(x => x.Ratings)),
            new ItemFigures(items.Sum(x => x.Published), items.Sum(x => x.FullyOnline), items.Sum(x => x.Licensing), items.Sum(x => x.LicensingAcceptedOnline)));
    }

    private static List<PlanTarget> Targets(ItemFigures items) =>
    [
        new("行政许可事项网上受理率", OnlineAcceptanceTarget, items.OnlineAcceptanceShare, items.LicensingAcceptedOnline, items.Licensing),
        new("全程网办事项占比", FullyOnlineTarget, items.FullyOnlineShare, items.FullyOnline, items.Published),
    ];
}
