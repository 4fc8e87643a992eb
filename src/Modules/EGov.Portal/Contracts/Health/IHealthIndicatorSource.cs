namespace EGov.Portal.Contracts.Health;

/// <summary>
/// A module's part of the site health check (网站健康检查): 单项否决 indicators the portal cannot measure itself, such as
/// 互动回应差 from the interaction module. Register with <c>services.AddScoped&lt;IHealthIndicatorSource, …&gt;()</c>.
/// </summary>
public interface IHealthIndicatorSource
{
    Task<HealthContribution> CheckAsync(HealthSite site, DateOnly today, CancellationToken cancellationToken);
}

/// <summary>The site being checked: the portal (<see cref="IsPortal"/>, the whole district) or a department's sub-site.</summary>
/// <param name="DepartmentId">The site's 主办单位.</param>
public sealed record HealthSite(string Code, string Name, bool IsPortal, Guid DepartmentId);

/// <summary>What a source found for one site: its indicators and the records behind them.</summary>
public sealed record HealthContribution(IReadOnlyList<HealthIndicator> Indicators, IReadOnlyList<HealthFinding> Findings)
{
    public static HealthContribution None { get; } = new([], []);
}

/// <summary>One 单项否决 indicator: the figure found against the threshold, and whether it is crossed.</summary>
/// <param name="Code">Stable, e.g. <c>interaction_unanswered</c>.</param>
/// <param name="Figure">Null when there is nothing to measure.</param>
public sealed record HealthIndicator(string Code, string Name, string Rule, int? Figure, int Threshold, string Unit, bool Crossed);

/// <summary>A record behind an indicator (e.g. an unanswered letter), listed on the health page.</summary>
/// <param name="IndicatorCode">The <see cref="HealthIndicator.Code"/> it belongs to.</param>
/// <param name="Url">The staff page of the record.</param>
/// <param name="Note">Why it is listed, e.g. 已 120 天未答复.</param>
public sealed record HealthFinding(string IndicatorCode, string Title, string Url, DateOnly Date, string Note);
