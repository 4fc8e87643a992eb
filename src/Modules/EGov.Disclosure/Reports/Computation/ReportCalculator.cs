using EGov.Disclosure.Reports.Tables;
using EGov.Platform.Data;

namespace EGov.Disclosure.Reports.Computation;

/// <summary>Computes the tables of one agency's annual report from the platform's data, as of now.</summary>
internal sealed class ReportCalculator(EGovDbContext db)
{
    public async Task<ReportTables> ComputeAsync(Guid agencyId, int year, ManualFigures figures, CancellationToken cancellationToken = default)
    {
        var period = new ReportPeriod(year);
        var table3 = await Table3Query.ComputeAsync(db, agencyId, period, cancellationToken);
        return new ReportTables(
            await Table2Query.ComputeAsync(db, agencyId, period, figures, cancellationToken),
            table3,
            await Table4Query.ComputeAsync(db, agencyId, period, cancellationToken),
            BalanceCheck.Of(table3),
            await FeeQuery.ComputeAsync(db, agencyId, period, cancellationToken));
    }
}
