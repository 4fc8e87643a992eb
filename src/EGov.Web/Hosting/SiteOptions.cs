namespace EGov.Web.Hosting;

/// <summary>Configuration section <c>Site</c>: the portal's name and the footer that 国办发〔2017〕47号 requires.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public string Name { get; set; } = "西陵区人民政府";
    public string Organizer { get; set; } = "西陵区人民政府办公室";
    public string SiteCode { get; set; } = "";
    public string IcpNumber { get; set; } = "";
    public string PublicSecurityNumber { get; set; } = "";
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
}
