using System.Linq.Expressions;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore.Query;

namespace EGov.Oversight.Contracts;

/// <summary>
/// The month in China of a UTC instant, for grouping in the database: the index of the month from <c>from</c>, as one
/// <c>CASE</c> over constant instants, because SQLite and PostgreSQL disagree on time zones in their date functions.
/// </summary>
public static class ChinaMonths
{
    /// <summary>The first day of every month from the month of <paramref name="from"/> to the month of <paramref name="to"/>.</summary>
    public static IReadOnlyList<DateOnly> Between(DateOnly from, DateOnly to)
    {
        var list = new List<DateOnly>();
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
        {
            list.Add(m);
        }

        return list;
    }

    /// <summary>0 for the first month of <see cref="Between"/>, 1 for the next…; instants before it count as 0, after it as the last.</summary>
    public static Expression<Func<T, int>> Index<T>(Expression<Func<T, DateTime>> instant, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(instant);
        var months = Between(from, to);
        Expression body = Expression.Constant(Math.Max(0, months.Count - 1));
        for (var i = months.Count - 2; i >= 0; i--)
        {
            var next = ChinaTime.StartOfDay(months[i + 1]);
            body = Expression.Condition(Expression.LessThan(instant.Body, Expression.Constant(next)), Expression.Constant(i), body);
        }

        return Expression.Lambda<Func<T, int>>(body, instant.Parameters);
    }

    /// <summary>A grouping key of department, 事项 (or what the 事项 is named from) and month index (<see cref="Index{T}"/>) in one expression EF translates.</summary>
    public static Expression<Func<T, MonthGroupKey<TItem>>> Key<T, TItem>(
        Expression<Func<T, Guid?>> department, Expression<Func<T, TItem>> item, Expression<Func<T, DateTime>> instant, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(item);
        var row = instant.Parameters[0];
        var month = Index(instant, from, to).Body;
        var init = Expression.MemberInit(
            Expression.New(typeof(MonthGroupKey<TItem>)),
            Expression.Bind(typeof(MonthGroupKey<TItem>).GetProperty(nameof(MonthGroupKey<TItem>.DepartmentId))!, ReplacingExpressionVisitor.Replace(department.Parameters[0], row, department.Body)),
            Expression.Bind(typeof(MonthGroupKey<TItem>).GetProperty(nameof(MonthGroupKey<TItem>.Item))!, ReplacingExpressionVisitor.Replace(item.Parameters[0], row, item.Body)),
            Expression.Bind(typeof(MonthGroupKey<TItem>).GetProperty(nameof(MonthGroupKey<TItem>.Month))!, month));
        return Expression.Lambda<Func<T, MonthGroupKey<TItem>>>(init, row);
    }
}

/// <summary>The key <see cref="ChinaMonths.Key{T, TItem}"/> groups by; <see cref="Month"/> indexes <see cref="ChinaMonths.Between"/>.</summary>
public sealed class MonthGroupKey<TItem>
{
    public Guid? DepartmentId { get; init; }
    public TItem Item { get; init; } = default!;
    public int Month { get; init; }
}
