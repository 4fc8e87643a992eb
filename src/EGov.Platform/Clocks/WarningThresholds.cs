using EGov.Platform.Results;

namespace EGov.Platform.Clocks;

/// <summary>
/// When a clock warns (预警): at most <paramref name="WorkingDays"/> working days or at most <paramref name="Percent"/> %
/// of its limit left (oversight.md, UNCONFIRMED local practice). When not <paramref name="Enabled"/> no clock warns
/// before it is overdue.
/// </summary>
public sealed record WarningThresholds(bool Enabled, int WorkingDays, int Percent)
{
    public const int MaxWorkingDays = 10;

    public static WarningThresholds From(ClockOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(true, options.WarningWorkingDays, options.WarningPercent);
    }

    /// <summary>Null when both numbers are in range; otherwise the problems by field (<c>days</c>, <c>percent</c>).</summary>
    public Error? Check()
    {
        var fields = new Dictionary<string, string[]>();
        if (WorkingDays is < 0 or > MaxWorkingDays)
        {
            fields["days"] = [$"预警工作日数应在 0 到 {MaxWorkingDays} 之间"];
        }

        if (Percent is < 0 or > 100)
        {
            fields["percent"] = ["预警比例应在 0 到 100 之间"];
        }

        return fields.Count == 0
            ? null
            : Error.Validation("clock.thresholds_invalid", string.Join("；", fields.Values.SelectMany(v => v))) with { Fields = fields };
    }
}
