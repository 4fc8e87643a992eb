namespace EGov.Portal.Authoring.Html;

/// <summary>Tells addresses of this site (relative, starting with one slash) from those of other hosts.</summary>
internal static class SameSiteAddress
{
    /// <summary>A path on this site: <c>/sites/scjg/…</c>, never <c>//host</c>, <c>/\host</c> or a scheme.</summary>
    public static bool IsSameSite(string? url)
    {
        // Browsers drop tabs and line breaks inside addresses, so "/\t/host" would become "//host".
        var value = url ?? "";
        return value.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) && value[0] == '/' && (value.Length == 1 || (value[1] != '/' && value[1] != '\\'));
    }

    /// <summary>An absolute address (<c>http(s)://</c> or protocol-relative) that leaves this site.</summary>
    public static bool IsOtherHost(string? url)
    {
        var value = url?.Trim() ?? "";
        return value.StartsWith("//", StringComparison.Ordinal)
            || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }
}
