namespace EGov.Disclosure;

/// <summary>Configuration section <c>Disclosure</c>: local practice, not law (disclosure.md marks them UNCONFIRMED).</summary>
internal sealed class DisclosureOptions
{
    public const string Section = "Disclosure";

    /// <summary>The "reasonable period" for a correction (条例 第三十条), in working days after the notice.</summary>
    public int CorrectionPeriodWorkingDays { get; set; } = 15;

    /// <summary>主题分类, after the State Council's 公文主题分类 (UNCONFIRMED: provinces use their own lists).</summary>
    public List<string> Subjects { get; set; } =
    [
        "综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "国土资源、能源", "农业、林业、水利", "工业、交通",
        "商贸、海关、旅游", "市场监管、安全生产监管", "城乡建设、环境保护", "科技、教育", "文化、广电、新闻出版", "卫生、体育",
        "人口与计划生育、妇女儿童工作", "劳动、人事、监察", "公安、安全、司法", "民政、扶贫、救灾", "民族、宗教", "对外事务",
        "港澳台侨工作", "国防", "其他",
    ];

    /// <summary>体裁分类: the 15 kinds of 公文 (《党政机关公文处理工作条例》第八条) and the usual others (UNCONFIRMED).</summary>
    public List<string> Genres { get; set; } =
    [
        "决议", "决定", "命令（令）", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要",
        "规划", "计划", "总结", "统计数据", "其他",
    ];

    /// <summary>
    /// 复议机关 named in the letters of a department or street: the district government (行政复议法 第二十四条, UNCONFIRMED).
    /// </summary>
    public string ReviewAuthority { get; set; } = "宜昌市西陵区人民政府";

    /// <summary>复议机关 named in the district government's own letters: the city government (UNCONFIRMED).</summary>
    public string GovernmentReviewAuthority { get; set; } = "宜昌市人民政府";

    /// <summary>
    /// 申请编号 pattern (UNCONFIRMED local format): <c>{year}</c> and the serial <c>{n:5}</c>, which runs per year
    /// (sequence <c>disclosure.request:{year}</c>).
    /// </summary>
    public string RequestNumberFormat { get; set; } = "{year}YSQ{n:5}";
}
