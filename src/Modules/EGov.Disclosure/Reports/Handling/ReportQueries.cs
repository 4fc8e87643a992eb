using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain.Reports;
using EGov.Disclosure.Reports.Computation;
using EGov.Disclosure.Reports.Tables;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Reports.Handling;

/// <summary>Reads annual reports for the public pages, the staff pages, the exports and the API.</summary>
internal sealed class ReportQueries(EGovDbContext db, AgencyDirectory agencies, ReportScope scope, ReportCalculator calculator)
{
    /// <summary>A published report; without <paramref name="agencyCode"/> the district government's.</summary>
    public async Task<Result<AnnualReportView>> PublishedAsync(int year, string? agencyCode, CancellationToken cancellationToken = default)
    {
        if (await AgencyAsync(agencyCode, cancellationToken) is not { } agency)
        {
            return ReportErrors.AgencyNotFound;
        }

        var report = await FindAsync(agency, year, cancellationToken);
        return report is { Status: AnnualReportStatus.Published } ? Published(agency, report) : ReportErrors.NotPublished;
    }

    /// <summary>The published report for everyone; the live draft too for staff who may read the agency's report.</summary>
    public async Task<Result<AnnualReportView>> ForReaderAsync(int year, string? agencyCode, CancellationToken cancellationToken = default)
    {
        var published = await PublishedAsync(year, agencyCode, cancellationToken);
        if (published.IsSuccess || published.Error != ReportErrors.NotPublished)
        {
            return published;
        }

        var staff = await ForStaffAsync(year, agencyCode, cancellationToken);
        return staff.IsSuccess ? staff : ReportErrors.NotPublished;
    }

    /// <summary>The report as staff in read scope see it: published, or the draft with live tables.</summary>
    public async Task<Result<AnnualReportView>> ForStaffAsync(int year, string? agencyCode, CancellationToken cancellationToken = default)
    {
        if (await AgencyAsync(agencyCode, cancellationToken) is not { } agency)
        {
            return ReportErrors.AgencyNotFound;
        }

        if (!await scope.CanReadAsync(agency, cancellationToken))
        {
            return ReportErrors.Forbidden;
        }

        if (year < ReportPeriod.FirstYear || year > 9998)
        {
            return ReportErrors.YearOutOfRange(year);
        }

        var report = await FindAsync(agency, year, cancellationToken);
        if (report is { Status: AnnualReportStatus.Published })
        {
            return Published(agency, report);
        }

        var figures = report is null ? ManualFigures.None : Figures(report);
        var tables = await calculator.ComputeAsync(agency.DepartmentId, year, figures, cancellationToken);
        return new AnnualReportView(agency, year, false, report?.Overview ?? "", report?.Problems ?? "",
            report?.OtherMatters ?? tables.Fees.Sentence, figures, tables, null, report?.Version ?? 0, report is not null);
    }

    /// <summary>Every published report, newest year first, the district government first within a year.</summary>
    public async Task<IReadOnlyList<PublishedReportLine>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        var all = await agencies.ListAsync(cancellationToken);
        var order = all.Select((a, i) => (a.DepartmentId, i)).ToDictionary(x => x.DepartmentId, x => x.i);
        var published = await db.Set<AnnualReport>().AsNoTracking()
            .Where(r => r.Status == AnnualReportStatus.Published)
            .Select(r => new { r.AgencyId, r.Year, r.PublishedAt })
            .ToListAsync(cancellationToken);
        return [.. published.Where(r => order.ContainsKey(r.AgencyId))
            .OrderByDescending(r => r.Year).ThenBy(r => order[r.AgencyId])
            .Select(r => new PublishedReportLine(all[order[r.AgencyId]], r.Year, r.PublishedAt))];
    }

    /// <summary>The stored state of each report of the agencies for the years, for the staff list.</summary>
    public async Task<IReadOnlyDictionary<(Guid AgencyId, int Year), AnnualReportStatus>> StatusesAsync(IReadOnlyList<Guid> agencyIds, CancellationToken cancellationToken = default)
        => await db.Set<AnnualReport>().AsNoTracking().Where(r => agencyIds.Contains(r.AgencyId))
            .Select(r => new { r.AgencyId, r.Year, r.Status })
            .ToDictionaryAsync(r => (r.AgencyId, r.Year), r => r.Status, cancellationToken);

    public async Task<AgencyInfo?> AgencyAsync(string? code, CancellationToken cancellationToken)
        => string.IsNullOrWhiteSpace(code) ? await agencies.GovernmentAsync(cancellationToken) : await agencies.FindByCodeAsync(code.Trim(), cancellationToken);

    private Task<AnnualReport?> FindAsync(AgencyInfo agency, int year, CancellationToken cancellationToken)
        => db.Set<AnnualReport>().AsNoTracking().SingleOrDefaultAsync(r => r.AgencyId == agency.DepartmentId && r.Year == year, cancellationToken);

    private static AnnualReportView Published(AgencyInfo agency, AnnualReport report)
        => new(agency, report.Year, true, report.Overview, report.Problems, report.OtherMatters, Figures(report),
            ReportTables.FromJson(report.PublishedTables!), report.PublishedAt, report.Version, true);

    internal static ManualFigures Figures(AnnualReport report)
        => new(report.LicensingDecisions, report.PenaltyDecisions, report.EnforcementDecisions, report.FeeAmountTenThousandYuan);
}

/// <summary>One published report in the public list.</summary>
internal sealed record PublishedReportLine(AgencyInfo Agency, int Year, DateTime? PublishedAt)
{
    public string Title => $"{Agency.Name}{Year}年政府信息公开工作年度报告";
}
