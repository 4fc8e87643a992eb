using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Approvals.Domain.Licences;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Publication;

/// <summary>结果公示: approved and concluded applications, newest first, each with only the fields its item publishes.</summary>
internal sealed class ResultPublication(EGovDbContext db, IOrganizationDirectory organization)
{
    public const int PageSize = 20;
    public const int ExportLimit = 5000;

    public async Task<ResultPage> QueryAsync(ResultFilter filter, CancellationToken cancellationToken = default)
    {
        var query = await FilteredAsync(filter, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var applications = await query.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new ResultPage(await LinesAsync(applications, cancellationToken), total, page, (total + PageSize - 1) / PageSize);
    }

    /// <summary>Every matching result (at most <see cref="ExportLimit"/>), for the Excel export.</summary>
    public async Task<IReadOnlyList<ResultLine>> AllAsync(ResultFilter filter, CancellationToken cancellationToken = default)
        => await LinesAsync(await (await FilteredAsync(filter, cancellationToken)).Take(ExportLimit).ToListAsync(cancellationToken), cancellationToken);

    private async Task<IQueryable<Application>> FilteredAsync(ResultFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Set<Application>().AsNoTracking().Where(a => a.Decision == Decision.Approved && a.State == ApplicationState.Concluded);
        if (!string.IsNullOrWhiteSpace(filter.Department))
        {
            var department = await organization.FindByCodeAsync(filter.Department.Trim(), cancellationToken);
            var id = department?.Id ?? Guid.Empty;
            query = query.Where(a => a.DepartmentId == id);
        }

        if (filter.ItemId is { } item)
        {
            query = query.Where(a => a.ItemId == item);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // A natural person's name is not searchable: a match would confirm who holds a licence.
            var q = filter.Q.Trim();
            query = query.Where(a => a.ItemName.Contains(q) || a.Number == q
                || (a.ApplicantKind != ApplicantKind.NaturalPerson && a.ApplicantName.Contains(q)));
        }

        return query.OrderByDescending(a => a.ConcludedAt).ThenByDescending(a => a.Number);
    }

    private async Task<IReadOnlyList<ResultLine>> LinesAsync(List<Application> applications, CancellationToken cancellationToken)
    {
        var itemIds = applications.Select(a => a.ItemId).Distinct().ToList();
        var items = await db.Set<ServiceItem>().AsNoTracking().Include(i => i.Fields).Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var applicationIds = applications.Select(a => a.Id).ToList();
        var licences = (await db.Set<ELicence>().AsNoTracking().Where(l => applicationIds.Contains(l.ApplicationId)).ToListAsync(cancellationToken))
            .GroupBy(l => l.ApplicationId).ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.IssuedOn).First());
        var lines = new List<ResultLine>();
        foreach (var application in applications)
        {
            var department = await organization.FindAsync(application.DepartmentId, cancellationToken);
            var licence = licences.GetValueOrDefault(application.Id);
            var fields = items.TryGetValue(application.ItemId, out var item) ? PublishedValues.Of(application, item, licence) : [];
            lines.Add(new ResultLine(application.ItemId, application.ItemName, department?.Name ?? "", fields, licence?.Id));
        }

        return lines;
    }
}

internal sealed record ResultFilter(string? Department, Guid? ItemId, string? Q, int Page = 1);

internal sealed record ResultPage(IReadOnlyList<ResultLine> Items, int Total, int Page, int PageCount);

/// <param name="LicenceId">The licence issued for it, for <c>GET /api/v1/approvals/licences/{id}/verify</c>.</param>
internal sealed record ResultLine(Guid ItemId, string ItemName, string Department, IReadOnlyList<PublishedField> Fields, Guid? LicenceId);
