namespace EGov.Disclosure.Domain.Agencies;

/// <summary>
/// A disclosure agency (公开主体): a department that discloses information and answers requests, with its
/// 政府信息公开指南 data (条例 第十二条: 工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式)
/// and its 索引号 format.
/// </summary>
internal sealed class DisclosureAgency
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The department that is the agency (西陵区人民政府 for the district government's own disclosure).</summary>
    public Guid DepartmentId { get; set; }

    /// <summary>The unit whose staff do the work (政府信息公开工作机构): the district government's is its 办公室.</summary>
    public Guid OfficeDepartmentId { get; set; }

    /// <summary>The <c>{code}</c> of the index number: the 统一社会信用代码 or 组织机构代码.</summary>
    public string IndexCode { get; set; } = "";

    /// <summary>Default <c>{code}/{year}-{n:5}</c> (disclosure.md §1.2); the serial runs per agency and year when the format has <c>{year}</c>.</summary>
    public string IndexNumberFormat { get; set; } = DefaultIndexNumberFormat;

    public string OfficeName { get; set; } = "";
    public string Address { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string OfficeHours { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Fax { get; set; } = "";
    public string Email { get; set; } = "";

    /// <summary>The guide's free text (编排体系、获取方式 and what else the agency wants to say), plain paragraphs.</summary>
    public string GuideText { get; set; } = "";

    public bool AcceptsRequests { get; set; } = true;
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }

    public const string DefaultIndexNumberFormat = "{code}/{year}-{n:5}";
}
