namespace EGov.Portal.Monitoring.Health;

/// <summary>One 单项否决 indicator of a site: the figure found, the threshold it is measured against, and whether it is crossed.</summary>
internal sealed record VetoIndicator(string Code, string Name, string Rule, int? Figure, int Threshold, string Unit, bool Crossed)
{
    public string Mark => Crossed ? "否决" : "未触发";
}

/// <summary>The home page's last update and whether it falls outside the monitoring window (首页不更新).</summary>
internal sealed record HomeUpdate(DateTime? LastUpdatedAt, int? DaysSince, int WindowDays, bool Stale);
