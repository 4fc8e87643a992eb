namespace EGov.Portal.Monitoring.Health;

/// <summary>
/// A period in which something must have been updated, counted back from the day of the check (China time): with 14 days,
/// an update 13 days ago is in time and one 14 days ago is not.
/// </summary>
internal readonly record struct UpdateCycle(int Amount, bool InMonths)
{
    public static UpdateCycle Days(int days) => new(days, false);

    public static UpdateCycle Months(int months) => new(months, true);

    public DateOnly Cutoff(DateOnly today) => InMonths ? today.AddMonths(-Amount) : today.AddDays(-Amount);

    public bool IsMet(DateOnly lastUpdate, DateOnly today) => lastUpdate > Cutoff(today);

    public override string ToString() => InMonths ? $"{Amount}个月" : $"{Amount}天";
}
