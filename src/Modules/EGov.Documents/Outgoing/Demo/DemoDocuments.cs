namespace EGov.Documents.Outgoing.Demo;

/// <summary>How far a demo document went in 发文办理.</summary>
internal enum DemoEnd
{
    Draft,
    Returned,
    Reviewing,
    Countersigning,
    SigningOff,
    SignedOff,
    Numbered,
    Sealed,
    Distributed,
    Archived,
}

/// <summary>How far a unit that received a demo document went in 收文办理.</summary>
internal enum DemoReceipt
{
    Delivered,
    Registered,
    Instructed,
    Concluded,
}

/// <param name="Code">The template's 机关代字 (西政发, 西政办发, 西市监发).</param>
/// <param name="Main">Internal main recipients by department code; receipts say how far each got with it.</param>
/// <param name="Countersign">Departments asked to countersign, by code.</param>
internal sealed record DemoDocument(
    string Code,
    string Title,
    string MainRecipients,
    string Body,
    DemoEnd End,
    IReadOnlyList<(string Department, DemoReceipt Receipt)> Main,
    IReadOnlyList<string> Countersign,
    string Urgency = "普通",
    string Publicity = "主动公开",
    string Type = "通知",
    string? Direction = null,
    string? CopyRecipients = null,
    bool Publish = false);

/// <summary>DEMO DATA: the documents of 西陵区 in every state of 发文办理, several received and handled by their units.</summary>
internal static class DemoDocuments
{
    private const string Everyone = "各街道办事处，区政府各部门";

    public static IReadOnlyList<DemoDocument> All { get; } =
    [
        new("西政发", "西陵区人民政府关于做好2026—2027年冬春季安全生产工作的通知", Everyone,
            """
            为深刻吸取近期事故教训，切实做好今冬明春安全生产工作，保障人民群众生命财产安全，经区政府同意，现就有关事项通知如下。
            一、压实安全生产责任。各街道、各部门要严格落实“党政同责、一岗双责、齐抓共管、失职追责”，主要负责同志要亲自部署、亲自检查。
            二、开展隐患排查整治。重点围绕燃气、消防、道路交通、建筑施工和人员密集场所，于2026年12月31日前完成一轮全覆盖排查，建立问题清单和整改台账。
            三、加强应急值守。严格执行领导带班和24小时值班制度，遇有突发事件按规定及时报告，不得迟报、漏报、瞒报。
            各街道、各部门工作开展情况请于2027年1月10日前报区应急管理局。
            """,
            DemoEnd.Distributed, [("xlq-scjg", DemoReceipt.Concluded), ("xlq-xzsp", DemoReceipt.Delivered), ("xlq-zwfw", DemoReceipt.Delivered)], ["xlq-scjg"],
            Urgency: "加急", Publish: true),
        new("西政办发", "西陵区人民政府办公室关于印发《西陵区政务服务“一网通办”工作方案》的通知", Everyone,
            """
            《西陵区政务服务“一网通办”工作方案》已经区政府同意，现印发给你们，请认真贯彻执行。
            各街道、各部门要按照方案明确的任务分工，于2026年12月底前完成本单位政务服务事项的梳理和网上办理流程再造。
            """,
            DemoEnd.Archived, [("xlq-scjg", DemoReceipt.Instructed)], []),
        new("西市监发", "西陵区市场监督管理局关于2026年度食品安全工作情况的报告", "区人民政府",
            """
            2026年，我局围绕“四个最严”要求，扎实推进食品安全各项工作，现将有关情况报告如下。
            一、监督抽检食品样品1860批次，合格率98.7%，不合格产品全部依法核查处置。
            二、完成校园及周边食品安全专项整治，学校食堂“明厨亮灶”覆盖率达到100%。
            三、2027年将继续加强农贸市场快检和网络订餐监管。
            特此报告。
            """,
            DemoEnd.Distributed, [("xlq-zfb", DemoReceipt.Registered)], [], Type: "报告", Direction: "上行文"),
        new("西政办发", "西陵区人民政府办公室关于召开全区数字政府建设推进会的通知", Everyone,
            """
            经区政府研究，决定召开全区数字政府建设推进会。现将有关事项通知如下。
            一、时间地点。2026年12月8日上午9:00，区政府三楼会议室。
            二、参会人员。各街道办事处、区政府各部门分管负责同志。
            请各单位于12月5日前将参会人员名单报区政府办公室。
            """,
            DemoEnd.Sealed, [("xlq-zwfw", DemoReceipt.Delivered)], [], Urgency: "特急", Publicity: "依申请公开"),
        new("西政发", "西陵区人民政府关于2026年度法治政府建设情况的报告", "宜昌市人民政府",
            """
            2026年，我区坚持以习近平法治思想为指导，深入推进法治政府建设，现将有关情况报告如下。
            一、主要工作及成效。健全依法行政制度体系，全面推行行政执法“三项制度”，规范性文件合法性审核率达到100%。
            二、存在的不足。基层执法队伍力量仍然薄弱，执法数字化水平有待提升。
            三、下一步工作安排。持续深化行政执法协调监督，推进执法信息平台与政务服务平台互联互通。
            特此报告。
            """,
            DemoEnd.Numbered, [], [], Type: "报告", Direction: "上行文"),
        new("西政办发", "西陵区人民政府办公室关于进一步规范行政执法公示工作的通知", Everyone,
            """
            为进一步规范行政执法公示工作，提高行政执法透明度，现就有关事项通知如下。
            一、各行政执法单位应当在作出行政执法决定之日起7个工作日内公开执法决定信息。
            二、区司法局负责对公示情况进行日常检查，检查结果纳入年度绩效考评。
            """,
            DemoEnd.SignedOff, [("xlq-scjg", DemoReceipt.Delivered)], []),
        new("西市监发", "西陵区市场监督管理局关于开展2026年度“双随机、一公开”抽查工作的通知", "局机关各科室，各市场监管所",
            """
            根据年度抽查计划，局党组研究决定，开展2026年度“双随机、一公开”抽查工作。
            一、抽查对象从市场主体名录库中随机抽取，执法检查人员从执法人员名录库中随机选派。
            二、抽查结果于抽查完成之日起20个工作日内通过国家企业信用信息公示系统公示。
            """,
            DemoEnd.SigningOff, [], []),
        new("西政办发", "西陵区人民政府办公室关于调整政务服务事项目录的通知", Everyone,
            """
            根据上级有关文件精神，结合我区实际，区政府对政务服务事项目录进行了调整，现将调整后的目录印发给你们。
            各部门要在目录调整后5个工作日内完成办事指南的更新。
            """,
            DemoEnd.Countersigning, [], ["xlq-xzsp", "xlq-scjg"]),
        new("西政办发", "西陵区人民政府办公室关于做好2027年元旦春节期间值班工作的通知", Everyone,
            """
            为确保元旦、春节期间全区各项工作正常运转，现就值班工作通知如下。
            一、各单位要安排领导带班，值班人员24小时在岗。
            二、值班表请于12月25日前报区政府总值班室。
            """,
            DemoEnd.Reviewing, [], []),
        new("西政办发", "西陵区人民政府办公室关于报送2026年工作总结和2027年工作计划的通知", Everyone,
            """
            请各单位认真总结2026年工作，研究提出2027年工作计划。
            材料请于12月20日前报区政府办公室。
            """,
            DemoEnd.Returned, [], []),
        new("西政办发", "西陵区人民政府办公室关于加强政务新媒体管理的通知", Everyone,
            """
            为规范政务新媒体运营管理，现就有关事项通知如下。
            """,
            DemoEnd.Draft, [], []),
    ];
}
