using EGov.Disclosure.Domain.Agencies;

namespace EGov.Disclosure.Agencies;

/// <summary>The guide data of 条例 第十二条 and the 索引号 settings, as a manager edits them; <see cref="Version"/> is the one read.</summary>
internal sealed record AgencySettingsFields
{
    public string? OfficeName { get; init; }
    public string? Address { get; init; }
    public string? PostalCode { get; init; }
    public string? OfficeHours { get; init; }
    public string? Phone { get; init; }
    public string? Fax { get; init; }
    public string? Email { get; init; }
    public string? GuideText { get; init; }
    public string? IndexCode { get; init; }
    public string? IndexNumberFormat { get; init; }

    /// <summary>The department code of the 政府信息公开工作机构, e.g. <c>xlq-zfb</c>.</summary>
    public string? OfficeDepartmentCode { get; init; }

    public bool AcceptsRequests { get; init; } = true;
    public long Version { get; init; }

    public static AgencySettingsFields From(DisclosureAgency a, string officeCode) => new()
    {
        OfficeName = a.OfficeName,
        Address = a.Address,
        PostalCode = a.PostalCode,
        OfficeHours = a.OfficeHours,
        Phone = a.Phone,
        Fax = a.Fax,
        Email = a.Email,
        GuideText = a.GuideText,
        IndexCode = a.IndexCode,
        IndexNumberFormat = a.IndexNumberFormat,
        OfficeDepartmentCode = officeCode,
        AcceptsRequests = a.AcceptsRequests,
        Version = a.Version,
    };
}

/// <summary>An agency as the settings list and the API show it.</summary>
internal sealed record AgencySettingsView(
    string Code, string Name, bool IsGovernment, bool IsStored, string OfficeDepartmentCode, string OfficeDepartmentName, AgencySettingsFields Settings);
