using System.Text.RegularExpressions;

namespace EGov.Portal.Authoring.Sites;

/// <summary>Address segments of sites and channels, and host names.</summary>
internal static partial class SiteCodes
{
    /// <summary>Site codes: lowercase letters and digits, like the department label of <c>○○○.□□□.gov.cn</c>.</summary>
    public static bool IsSiteCode(string code) => code.Length is > 0 and <= 40 && SiteCode().IsMatch(code);

    public static bool IsChannelCode(string code) => code.Length is > 0 and <= 60 && ChannelCode().IsMatch(code);

    public static bool IsHostName(string host) => host.Length <= 200 && HostName().IsMatch(host);

    [GeneratedRegex("^[a-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteCode();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelCode();

    [GeneratedRegex(@"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();
}
