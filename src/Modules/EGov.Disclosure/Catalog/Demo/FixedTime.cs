namespace EGov.Disclosure.Catalog.Demo;

/// <summary>A clock standing still at one instant: the demo starts and stops past clocks at the dates they happened.</summary>
internal sealed class FixedTime(DateTime utc) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
