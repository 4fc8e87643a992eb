namespace EGov.Oversight.Contracts;

/// <summary>
/// A module's ratings (好差评, satisfaction with a reply…) counted per department, 事项 and month in China, for oversight's
/// statistics and ranking. Each module maps its own scale to 好评/差评 and says how in its implementation; ratings in
/// between count in <see cref="RatingFigure.Total"/> only. A new module adds its ratings by registering a source.
/// </summary>
public interface IRatingSource
{
    /// <summary>The module code (as in the clocks' <c>Module</c>), for the statistics' module filter.</summary>
    string Module { get; }

    /// <summary>The ratings given from <paramref name="from"/> to <paramref name="to"/> (days in China, inclusive), grouped in the database.</summary>
    Task<IReadOnlyList<RatingFigure>> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <param name="Item">事项 as the module names it on its clocks (<c>StatutoryClock.Item</c>), so ratings and cases line up.</param>
/// <param name="Good">好评 of <paramref name="Total"/>.</param>
/// <param name="Bad">差评 of <paramref name="Total"/>.</param>
public sealed record RatingFigure(Guid DepartmentId, string? Item, int Year, int Month, int Total, int Good, int Bad);
