using EGov.Disclosure.Domain.Agencies;

namespace EGov.Disclosure.Catalog.Demo;

/// <summary>DEMO DATA: guide settings of three agencies (addresses, numbers and 统一社会信用代码 are illustrative; the check characters are valid).</summary>
internal static class DemoAgencySettings
{
    private const string Hours = "工作日上午8:30—12:00，下午14:30—17:30（法定节假日除外）";

    public static IReadOnlyList<(string Agency, string Office, DisclosureAgency Settings)> All { get; } =
    [
        ("xlq", "xlq-zfb", new DisclosureAgency
        {
            IndexCode = "114205020112453761",
            OfficeName = "西陵区人民政府办公室（区政务公开办）",
            Address = "宜昌市西陵区夷陵大道112号区政府大楼三楼",
            PostalCode = "443000",
            OfficeHours = Hours,
            Phone = "0717-6224012",
            Fax = "0717-6224013",
            Email = "xlqzwgk@xiling.gov.cn",
            GuideText = "本指南依据《中华人民共和国政府信息公开条例》编制。区人民政府的政府信息按目录分类编排，每条信息有唯一的索引号。\n\n主动公开的信息在区政府门户网站“政府信息公开”专栏发布，也可在区档案馆、区图书馆和区政务服务中心的查阅点查阅。\n\n需要获取主动公开以外的政府信息的，可以通过网上申请、信函、传真或当面提交的方式向区政府办公室提出申请。",
        }),
        ("xlq-scjg", "xlq-scjg", new DisclosureAgency
        {
            IndexCode = "11420502011245384U",
            OfficeName = "西陵区市场监督管理局办公室",
            Address = "宜昌市西陵区东山大道86号",
            PostalCode = "443000",
            OfficeHours = Hours,
            Phone = "0717-6251230",
            Fax = "0717-6251231",
            Email = "xlscjg@xiling.gov.cn",
            GuideText = "本局的行政许可、行政处罚、监督抽检等信息按目录分类主动公开。申请获取其他政府信息的，请向本局办公室提出。",
        }),
        ("xlq-czj", "xlq-czj", new DisclosureAgency
        {
            IndexCode = "11420502011853027N",
            OfficeName = "西陵区财政局办公室",
            Address = "宜昌市西陵区西陵二路29号",
            PostalCode = "443000",
            OfficeHours = Hours,
            Phone = "0717-6238806",
            Fax = "0717-6238807",
            Email = "xlczj@xiling.gov.cn",
            GuideText = "本局主动公开区级预算、决算、政府集中采购目录和行政事业性收费目录清单等信息。",
        }),
    ];
}
