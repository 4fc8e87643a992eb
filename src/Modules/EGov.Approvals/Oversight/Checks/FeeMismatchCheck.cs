using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Oversight.Contracts;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Oversight.Checks;

/// <summary>
/// 擅自收费、不按标准收费 (行政许可法 第五十八条、第五十九条): the fee charged differs from the sum of the item's fee
/// standards, or an item that charges nothing was charged. An item with a fee that varies (no fixed amount) is not
/// judged. Bounded by the application's last change, when the fee was recorded.
/// </summary>
internal static class FeeMismatchCheck
{
    public static async Task<IReadOnlyList<AnomalyFinding>> FindAsync(EGovDbContext db, DateTime since, CancellationToken cancellationToken)
    {
        // Compared as double: SQLite cannot aggregate decimals (it stores them as text); fees have two decimals at most.
        var rows = await (
            from a in db.Set<Application>().AsNoTracking()
            where a.FeeCharged != null && a.UpdatedAt >= since
            join i in db.Set<ServiceItem>() on a.ItemId equals i.Id
            let charged = (double)a.FeeCharged!.Value
            let standard = i.Charges ? i.FeeItems.Sum(f => (double)(f.Amount ?? 0m)) : 0d
            where !(i.Charges && i.FeeItems.Any(f => f.Amount == null))
                && (charged - standard > 0.005 || standard - charged > 0.005)
            select new { Hit = new ApplicationHit(a.Id, a.Number, a.ItemName, a.DepartmentId), Charged = a.FeeCharged!.Value, i.Charges, Standard = standard })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => AnomalyFindings.Of(
            ApplicationAnomalyRules.FeeMismatch,
            r.Hit,
            r.Charges
                ? $"实收费用{r.Charged:0.##}元，与事项公布的收费标准{r.Standard:0.##}元不符。"
                : $"该事项不收费，却收取了{r.Charged:0.##}元。",
            new { feeCharged = r.Charged, feeStandard = r.Charges ? (decimal?)Math.Round((decimal)r.Standard, 2) : 0m, itemCharges = r.Charges }))];
    }
}
