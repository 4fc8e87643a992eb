using System.Security.Claims;
using System.Text.Json;
using EGov.Disclosure.Domain.Reports;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Reports.Handling;

/// <summary>Saves the staff-written parts of a draft report (<c>disclosure.manage</c> over the agency's office).</summary>
internal sealed class EditReportHandler(EGovDbContext db, ReportQueries queries, ReportScope scope, IAuditLog audit, TimeProvider time)
{
    public async Task<Result<long>> SaveAsync(int year, string? agencyCode, ReportInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await queries.AgencyAsync(agencyCode, cancellationToken) is not { } agency)
        {
            return ReportErrors.AgencyNotFound;
        }

        if (!await scope.CanEditAsync(agency, cancellationToken))
        {
            return ReportErrors.Forbidden;
        }

        if (Validate(year, input) is { } invalid)
        {
            return invalid;
        }

        var report = await db.Set<AnnualReport>().SingleOrDefaultAsync(r => r.AgencyId == agency.DepartmentId && r.Year == year, cancellationToken);
        if (report is { Status: AnnualReportStatus.Published })
        {
            return ReportErrors.AlreadyPublished;
        }

        if ((report?.Version ?? 0) != input.Version)
        {
            return ReportErrors.VersionConflict;
        }

        if (report is null)
        {
            report = new AnnualReport { AgencyId = agency.DepartmentId, Year = year };
            db.Add(report);
        }

        report.Overview = input.Overview?.Trim() ?? "";
        report.Problems = input.Problems?.Trim() ?? "";
        report.OtherMatters = input.OtherMatters?.Trim() ?? "";
        (report.LicensingDecisions, report.PenaltyDecisions, report.EnforcementDecisions, report.FeeAmountTenThousandYuan)
            = (input.LicensingDecisions, input.PenaltyDecisions, input.EnforcementDecisions, input.FeeAmountTenThousandYuan);
        report.UpdatedAt = time.GetUtcNow().UtcDateTime;
        report.Version++;
        audit.Record(new AuditRecord("disclosure.annual_report.saved", nameof(AnnualReport), report.Id.ToString(), AuditOutcome.Success,
            JsonSerializer.Serialize(new { agency = agency.Code, year, user = user?.Identity?.Name })));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReportErrors.VersionConflict;
        }

        return report.Version;
    }

    private Error? Validate(int year, ReportInput input)
    {
        if (!new ReportPeriod(year).IsValidOn(ChinaTime.Today(time)))
        {
            return ReportErrors.YearOutOfRange(year);
        }

        foreach (var (field, text) in new[] { ("Overview", input.Overview), ("Problems", input.Problems), ("OtherMatters", input.OtherMatters) })
        {
            if (text?.Length > ReportInput.MaxText)
            {
                return ReportErrors.Invalid(field, $"每一部分不超过 {ReportInput.MaxText} 字。");
            }
        }

        foreach (var (field, value) in new[] { ("LicensingDecisions", input.LicensingDecisions), ("PenaltyDecisions", input.PenaltyDecisions), ("EnforcementDecisions", input.EnforcementDecisions) })
        {
            if (value < 0)
            {
                return ReportErrors.Invalid(field, "处理决定数量不能为负数。");
            }
        }

        return input.FeeAmountTenThousandYuan is < 0 or > 99_999_999m || decimal.Round(input.FeeAmountTenThousandYuan, 4) != input.FeeAmountTenThousandYuan
            ? ReportErrors.Invalid("FeeAmountTenThousandYuan", "收费金额以万元为单位，不能为负数，最多保留四位小数。")
            : null;
    }
}
