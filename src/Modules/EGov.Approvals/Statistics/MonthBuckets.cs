using System.Linq.Expressions;
using EGov.Platform.Time;

namespace EGov.Approvals.Statistics;

/// <summary>
/// The month (index into <see cref="StatisticsPeriod.Months"/>) of a UTC instant in China, as one <c>CASE</c> in SQL: the
/// database groups by it without date functions, whose time zones differ between SQLite and PostgreSQL.
/// </summary>
internal static class MonthBuckets
{
    public static Expression<Func<T, int>> Index<T>(Expression<Func<T, DateTime>> instant, StatisticsPeriod period)
    {
        ArgumentNullException.ThrowIfNull(instant);
        ArgumentNullException.ThrowIfNull(period);
        var months = period.Months();
        Expression body = Expression.Constant(months.Count - 1);
        for (var i = months.Count - 2; i >= 0; i--)
        {
            var next = ChinaTime.StartOfDay(new DateOnly(months[i + 1].Year, months[i + 1].Month, 1));
            body = Expression.Condition(Expression.LessThan(instant.Body, Expression.Constant(next)), Expression.Constant(i), body);
        }

        return Expression.Lambda<Func<T, int>>(body, instant.Parameters);
    }
}
