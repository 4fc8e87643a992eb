using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace EGov.Platform.Organization.Scope;

public static class ScopeQueryExtensions
{
    /// <summary>Keeps the rows whose department is in <paramref name="scope"/>; one <c>IN</c>/<c>= ANY</c> over a parameter.</summary>
    public static IQueryable<T> WhereInScope<T>(this IQueryable<T> query, DepartmentSet scope, Expression<Func<T, Guid>> department)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(department);
        if (scope.IsWholeDistrict)
        {
            return query;
        }

        var ids = scope.Ids.ToList();
        Expression<Func<Guid, bool>> inSet = id => ids.Contains(id);
        return query.Where(Compose(inSet, department));
    }

    /// <summary>As above for rows that may have no department; those are visible only with a whole-district scope.</summary>
    public static IQueryable<T> WhereInScope<T>(this IQueryable<T> query, DepartmentSet scope, Expression<Func<T, Guid?>> department)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(department);
        if (scope.IsWholeDistrict)
        {
            return query;
        }

        var ids = scope.Ids.Select(id => (Guid?)id).ToList();
        Expression<Func<Guid?, bool>> inSet = id => id != null && ids.Contains(id);
        return query.Where(Compose(inSet, department));
    }

    private static Expression<Func<T, bool>> Compose<T, TKey>(Expression<Func<TKey, bool>> test, Expression<Func<T, TKey>> selector)
    {
        var body = ReplacingExpressionVisitor.Replace(test.Parameters[0], selector.Body, test.Body);
        return Expression.Lambda<Func<T, bool>>(body, selector.Parameters);
    }
}
