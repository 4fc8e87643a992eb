using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Interaction.Letters.Publication.Statistics;

/// <summary>
/// 留言办理情况统计: the one use case behind the public page, the staff page, their Excel exports and the API. The public
/// figures cover every mailbox; staff see the letters in their <c>interaction.view</c> scope.
/// </summary>
internal sealed class LetterStatisticsHandler(EGovDbContext db, IDepartmentScope scope, LetterAccess access, LetterStatisticsRows rows, IOrganizationDirectory directory, TimeProvider time)
{
    public static readonly Error Forbidden = Error.Forbidden("interaction.statistics_forbidden", "您没有查看互动交流统计的权限。");

    public Task<Result<LetterStatistics>> PublicAsync(int? year, CancellationToken cancellationToken = default)
        => QueryAsync(db.Set<Letter>(), year, cancellationToken);

    public async Task<Result<LetterStatistics>> OfficeAsync(int? year, CancellationToken cancellationToken = default)
    {
        if ((await scope.ForPermissionAsync(InteractionPermissions.View, cancellationToken)).IsEmpty)
        {
            return Forbidden;
        }

        return await QueryAsync(await access.InScopeAsync(InteractionPermissions.View, cancellationToken), year, cancellationToken);
    }

    private async Task<Result<LetterStatistics>> QueryAsync(IQueryable<Letter> letters, int? year, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        var period = LetterStatisticsPeriod.Of(year, today);
        if (!period.IsSuccess)
        {
            return period.Error!;
        }

        var p = period.Value;
        var (letterRows, ratingRows) = await rows.ReadAsync(letters, p, cancellationToken);
        var tree = await directory.TreeAsync(cancellationToken);
        var order = tree.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var names = tree.ToDictionary(d => d.Id, d => d.Name);
        var byDepartment = LetterFigureRules.ByDepartment(letterRows, ratingRows, p, today)
            .OrderBy(d => order.GetValueOrDefault(d.DepartmentId, int.MaxValue))
            .Select(d => new DepartmentLetterFigures(d.DepartmentId, names.GetValueOrDefault(d.DepartmentId, "其他"), d.Figures))
            .ToList();
        return new LetterStatistics(p.From, p.To, p.Year, p.Label, LetterFigureRules.Count(letterRows, ratingRows, p.From, p.To, today),
            LetterFigureRules.ByMonth(letterRows, ratingRows, p, today), byDepartment);
    }
}
