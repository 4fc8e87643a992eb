namespace EGov.Portal.Monitoring.Statistics;

/// <summary>Section <c>Portal</c>: how often counted page views are written to the database.</summary>
internal sealed class PageViewOptions
{
    public const string Section = "Portal";

    public int PageViewFlushSeconds { get; set; } = 10;
}
