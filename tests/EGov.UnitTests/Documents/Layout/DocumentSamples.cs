using EGov.Documents.Domain;
using EGov.Documents.Layout;
using EGov.Documents.Layout.Fonts;
using EGov.Platform.Pdf;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EGov.UnitTests.Documents.Layout;

/// <summary>Documents to render, as the outgoing flow would map them, and the renderer with the installed fonts.</summary>
internal static class DocumentSamples
{
    public static DocumentRenderer Renderer(DocumentFontOptions? fonts = null) => new(
        new DocumentFonts(new PdfDrawing(Options.Create(new PdfOptions())), Options.Create(fonts ?? new DocumentFontOptions())),
        new FakeTimeProvider(new DateTimeOffset(2026, 11, 5, 2, 0, 0, TimeSpan.Zero)));

    public static RenderedDocument Render(DocumentLayout layout) => Renderer().Render(layout).Value;

    public static DocumentLayout Notice() => new(
        CopyNumber: "000012",
        SecrecyMark: "秘密★1年",
        UrgencyMark: "特急",
        AgencyMark: "西陵区人民政府文件",
        DocumentNumber: "西政发〔2026〕12号",
        Signers: [],
        Title: "西陵区人民政府关于做好2026年冬季安全生产工作的通知",
        MainRecipients: "各街道办事处，区政府各部门",
        Body: string.Join('\n',
            "为认真贯彻落实国务院安全生产委员会关于岁末年初安全生产工作的部署，切实防范和遏制重特大事故发生，确保全区安全生产形势持续稳定，现就做好今冬明春安全生产工作通知如下。",
            "一、高度重视，切实加强组织领导",
            "（一）压实责任。各单位主要负责同志是本单位安全生产第一责任人，要亲自部署、亲自检查，把责任落实到岗位、落实到人。",
            "（二）强化督查。区安委会办公室要组织开展专项督查，对发现的问题建立台账，限期整改到位。",
            "二、突出重点，全面排查整治隐患",
            "1.道路交通。严查超速超载、疲劳驾驶和酒后驾驶等违法行为，加强雨雪冰冻天气的道路管控。",
            "（1）建筑施工。督促施工单位落实冬季施工安全措施，严防高处坠落和坍塌事故。",
            "各单位请于2026年12月15日前将工作开展情况报区应急管理局。"),
        AttachmentNames: ["冬季安全生产专项检查表", "西陵区安全生产工作联系人名单"],
        SignatureAgency: "西陵区人民政府",
        WrittenOn: new DateOnly(2026, 11, 5),
        Remarks: "此件公开发布",
        Attachments:
        [
            new LayoutAttachment("冬季安全生产专项检查表", "一、检查范围\n全区各类生产经营单位。\n二、检查内容\n安全生产责任制落实情况。"),
            new LayoutAttachment("西陵区安全生产工作联系人名单", "各单位请指定一名联系人。"),
        ],
        CopyRecipients: "区委办公室，区人大常委会办公室，区政协办公室，区纪委监委，区法院，区检察院",
        PrintingAgency: "西陵区人民政府办公室",
        PrintedOn: new DateOnly(2026, 11, 5));

    /// <summary>A 请示 (上行文) names its 签发人 beside the number.</summary>
    public static DocumentLayout Request() => Notice() with
    {
        CopyNumber = null,
        SecrecyMark = null,
        UrgencyMark = null,
        AgencyMark = "西陵区人民政府文件",
        DocumentNumber = "西政文〔2026〕3号",
        Signers = ["张伟", "李强", "王芳"],
        Title = "西陵区人民政府关于申请安排2027年老旧小区改造专项资金的请示",
        MainRecipients = "宜昌市人民政府",
        Body = "我区共有2000年以前建成的老旧小区86个，涉及居民1.2万户。为改善群众居住条件，特申请安排专项资金3000万元。\n妥否，请批示。",
        AttachmentNames = [],
        Attachments = [],
        Remarks = "联系人：刘洋，电话：0717-6221234",
        CopyRecipients = null,
    };

    /// <summary>A document whose 正文 runs over several pages.</summary>
    public static DocumentLayout Long(int paragraphs = 40) => Notice() with
    {
        Body = string.Join('\n', Enumerable.Range(1, paragraphs).Select(i =>
            $"各街道办事处要结合辖区实际，组织力量对辖区内的生产经营单位开展全覆盖检查，第{i}项检查内容包括安全管理制度、应急预案和从业人员培训情况。")),
        AttachmentNames = [],
        Attachments = [],
    };

    /// <summary>A classified 函 in the 信函格式 (GB/T 9704 §10.1), its 标志 the agency's name alone.</summary>
    public static DocumentLayout Letter(int paragraphs = 2) => Notice() with
    {
        Format = PrintFormat.Letter,
        AgencyMark = "西陵区人民政府",
        DocumentNumber = "西政函〔2026〕8号",
        Title = "西陵区人民政府关于商请支持老旧小区改造项目用地的函",
        MainRecipients = "宜昌市自然资源和规划局",
        Body = string.Join('\n', Enumerable.Range(1, paragraphs).Select(i =>
            $"为推进我区老旧小区改造，第{i}批项目需要调整部分地块的用地性质，恳请贵局在规划审批中给予支持，并请于2026年12月10日前函复。")),
        AttachmentNames = [],
        Attachments = [],
        Remarks = null,
        CopyRecipients = "区住房和城市更新局，区财政局",
    };
}
