using EGov.Portal.Contracts.Health;

namespace EGov.Portal.Monitoring.Health;

/// <summary>
/// The health check of one site on the day of the check: the 单项否决 indicators and the findings behind them.
/// <see cref="OtherFindings"/> are those of the indicators other modules contribute (<see cref="IHealthIndicatorSource"/>).
/// </summary>
internal sealed record SiteHealthReport(
    string SiteCode,
    string SiteName,
    DateTime CheckedAt,
    HomeUpdate Home,
    IReadOnlyList<VetoIndicator> Indicators,
    IReadOnlyList<ChannelFinding> StaleChannels,
    IReadOnlyList<ChannelFinding> LongStaleChannels,
    IReadOnlyList<ChannelFinding> BlankChannels,
    IReadOnlyList<LinkFinding> BrokenLinks,
    IReadOnlyList<LinkFinding> ExternalLinks,
    IReadOnlyList<AttachmentFinding> MissingAttachments,
    IReadOnlyList<HealthFinding> OtherFindings)
{
    public bool HasVeto => Indicators.Any(i => i.Crossed);

    public string Verdict => HasVeto ? "存在单项否决问题" : "未发现单项否决问题";
}

/// <summary>A link in a published article: broken (with the reason) or external (not checked).</summary>
internal sealed record LinkFinding(Guid ArticleId, string ArticleTitle, string ArticleUrl, string Link, string Reason);

/// <summary>An attachment of a published article that readers cannot download.</summary>
internal sealed record AttachmentFinding(Guid ArticleId, string ArticleTitle, string ArticleUrl, Guid AttachmentId, string Title, string Reason);
