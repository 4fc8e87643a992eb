namespace EGov.Portal.Monitoring.Health;

/// <summary>What a link in an article body points at. <see cref="SiteCode"/> is null for the portal, which lives at the root.</summary>
internal sealed record LinkTarget(LinkKind Kind, string? SiteCode = null, string? ChannelCode = null, Guid Id = default);

internal enum LinkKind
{
    /// <summary>Anchors, mail, telephone, relative paths: nothing to check.</summary>
    Ignored,

    /// <summary>Another host: listed, not checked.</summary>
    External,

    /// <summary>A site-relative address of another part of the platform (search, services…): not checked here.</summary>
    OtherInternal,

    Article,
    Channel,
    Site,
    Attachment,
}
