namespace EGov.Portal.Monitoring.Statistics;

/// <summary>
/// Recognises the public pages that count as views (see <c>PortalUrls</c>): <c>{prefix}/articles/{id}</c>, its
/// <c>/print</c> view, and <c>{prefix}/channels/{code}</c>, where the prefix is empty for the portal or
/// <c>/sites/{code}</c>. Feeds and everything else do not count.
/// </summary>
internal static class PageViewPath
{
    public static bool TryParse(string? path, out Guid articleId, out string? siteCode, out string? channelCode)
    {
        articleId = Guid.Empty;
        siteCode = null;
        channelCode = null;
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var rest = path.AsSpan().TrimEnd('/');
        if (rest.StartsWith("/sites/", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest["/sites/".Length..];
            var slash = rest.IndexOf('/');
            if (slash <= 0)
            {
                return false;
            }

            siteCode = rest[..slash].ToString();
            rest = rest[slash..];
        }

        if (rest.StartsWith("/articles/", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest["/articles/".Length..];
            if (rest.EndsWith("/print", StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[..^"/print".Length];
            }

            return Guid.TryParse(rest, out articleId);
        }

        if (rest.StartsWith("/channels/", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest["/channels/".Length..];
            if (rest.IsEmpty || rest.Contains('/'))
            {
                return false;
            }

            channelCode = rest.ToString();
            return true;
        }

        return false;
    }
}
