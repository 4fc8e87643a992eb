using Microsoft.Extensions.Configuration;

namespace EGov.Portal.Sites;

/// <summary>
/// Settings of the site group: <c>Portal:PortalDepartment</c> (主办单位 of the portal, default <c>xlq-zfb</c>),
/// <c>Portal:HostBasedSites</c> (serve a site at the root of its own host name) and the portal's name from <c>Site:Name</c>.
/// </summary>
internal sealed class PortalSiteSettings(IConfiguration configuration)
{
    public string PortalDepartment => configuration["Portal:PortalDepartment"] is { Length: > 0 } code ? code : "xlq-zfb";

    public bool HostBasedSites => configuration.GetValue<bool>("Portal:HostBasedSites");

    public string PortalName => configuration["Site:Name"] is { Length: > 0 } name ? name : "西陵区人民政府";
}
