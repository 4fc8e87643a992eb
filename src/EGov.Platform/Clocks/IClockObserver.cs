namespace EGov.Platform.Clocks;

/// <summary>
/// Told of every change <see cref="ClockService"/> makes to a clock, inside the caller's unit of work and before
/// it is saved (oversight uses it to judge a clock at once instead of at its next scan).
/// </summary>
public interface IClockObserver
{
    /// <param name="kind">started, paused, resumed, extended, restarted, stopped or recomputed.</param>
    void Changed(StatutoryClock clock, string kind);
}
