using System.Security.Claims;
using System.Text.Json;
using EGov.Disclosure.Domain.Reports;
using EGov.Disclosure.Reports.Computation;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Reports.Handling;

/// <summary>
/// Publishes a report (条例 第四十九条) once its year has ended and table 三 balances; the tables are stored as they
/// are at that moment, so later changes to requests never change a published report.
/// </summary>
internal sealed class PublishReportHandler(EGovDbContext db, ReportQueries queries, ReportScope scope, ReportCalculator calculator, IAuditLog audit, TimeProvider time)
{
    public async Task<Result> PublishAsync(int year, string? agencyCode, long version, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await queries.AgencyAsync(agencyCode, cancellationToken) is not { } agency)
        {
            return ReportErrors.AgencyNotFound;
        }

        if (!await scope.CanEditAsync(agency, cancellationToken))
        {
            return ReportErrors.Forbidden;
        }

        var today = ChinaTime.Today(time);
        var period = new ReportPeriod(year);
        if (!period.IsValidOn(today))
        {
            return ReportErrors.YearOutOfRange(year);
        }

        if (!period.HasEndedOn(today))
        {
            return ReportErrors.YearNotEnded(year);
        }

        var report = await db.Set<AnnualReport>().SingleOrDefaultAsync(r => r.AgencyId == agency.DepartmentId && r.Year == year, cancellationToken);
        if (report is { Status: AnnualReportStatus.Published })
        {
            return ReportErrors.AlreadyPublished;
        }

        if (report is null || string.IsNullOrWhiteSpace(report.Overview) || string.IsNullOrWhiteSpace(report.Problems))
        {
            return ReportErrors.NotSaved;
        }

        if (report.Version != version)
        {
            return ReportErrors.VersionConflict;
        }

        var tables = await calculator.ComputeAsync(agency.DepartmentId, year, ReportQueries.Figures(report), cancellationToken);
        if (!tables.Check.Balanced)
        {
            return ReportErrors.Unbalanced(tables.Check);
        }

        report.Status = AnnualReportStatus.Published;
        report.PublishedAt = report.UpdatedAt = time.GetUtcNow().UtcDateTime;
        report.PublishedBy = user.AccountId();
        report.PublishedTables = tables.ToJson();
        report.Version++;
        audit.Record(new AuditRecord("disclosure.annual_report.published", nameof(AnnualReport), report.Id.ToString(), AuditOutcome.Success,
            JsonSerializer.Serialize(new { agency = agency.Code, year, received = tables.Table3.Row("一").Values[^1] })));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReportErrors.VersionConflict;
        }

        return Result.Success();
    }
}
