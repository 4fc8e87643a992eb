namespace EGov.Platform.Clocks;

/// <summary>What a module says when it starts a clock for one of its cases.</summary>
/// <param name="StartDate">The day the clock starts (e.g. the day a request is received); counting begins the day after.</param>
public sealed record ClockStart(string Module, string CaseType, string CaseId, string Title, DateOnly StartDate, ClockLimit Limit)
{
    public Guid? DepartmentId { get; init; }

    /// <summary>事项 for oversight's board and statistics, e.g. the service item's name.</summary>
    public string? Item { get; init; }

    /// <summary>For hour limits: the instant the hours start; defaults to now.</summary>
    public DateTime? StartedAt { get; init; }
}
