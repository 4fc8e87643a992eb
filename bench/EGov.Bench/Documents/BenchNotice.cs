using EGov.Documents.Layout;

namespace EGov.Bench.Documents;

/// <summary>A three-page 通知 of 西陵区人民政府 with headings of every level and a 版记, numbered <c>n</c>.</summary>
internal static class BenchNotice
{
    private static readonly string[] Paragraphs =
    [
        "为认真贯彻落实上级关于岁末年初安全生产工作的部署，切实防范和遏制重特大事故发生，确保全区安全生产形势持续稳定，现就有关事项通知如下。",
        "一、高度重视，切实加强组织领导",
        "（一）压实责任。各单位主要负责同志是本单位安全生产第一责任人，要亲自部署、亲自检查，把责任落实到岗位、落实到人。",
        "（二）强化督查。区安委会办公室要组织开展专项督查，对发现的问题建立台账，限期整改到位。",
        "二、突出重点，全面排查整治隐患",
        "1.道路交通。严查超速超载、疲劳驾驶和酒后驾驶等违法行为，加强雨雪冰冻天气的道路管控。",
        "（1）建筑施工。督促施工单位落实冬季施工安全措施，严防高处坠落和坍塌事故。",
    ];

    public static DocumentLayout Layout(int n) => new(
        CopyNumber: null,
        SecrecyMark: null,
        UrgencyMark: "加急",
        AgencyMark: "西陵区人民政府文件",
        DocumentNumber: $"西政发〔2026〕{n}号",
        Signers: [],
        Title: $"西陵区人民政府关于做好第{n}批安全生产专项检查工作的通知",
        MainRecipients: "各街道办事处，区政府各部门",
        Body: string.Join('\n', Enumerable.Repeat(Paragraphs, 4).SelectMany(p => p)),
        AttachmentNames: [],
        SignatureAgency: "西陵区人民政府",
        WrittenOn: new DateOnly(2026, 11, 29),
        Remarks: "此件公开发布",
        Attachments: [],
        CopyRecipients: "区委办公室，区人大常委会办公室，区政协办公室",
        PrintingAgency: "西陵区人民政府办公室",
        PrintedOn: new DateOnly(2026, 11, 29));
}
