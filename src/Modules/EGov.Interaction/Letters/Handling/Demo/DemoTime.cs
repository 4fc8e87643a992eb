namespace EGov.Interaction.Letters.Handling.Demo;

/// <summary>The time the demo letters live in: each step happens at the past instant it is set to, so clocks and history read true.</summary>
internal sealed class DemoTime(DateTime utcNow) : TimeProvider
{
    public DateTime Now { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
}
