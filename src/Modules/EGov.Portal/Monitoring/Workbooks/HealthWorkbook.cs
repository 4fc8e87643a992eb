using ClosedXML.Excel;
using EGov.Platform.Time;
using EGov.Portal.Monitoring.Health;

namespace EGov.Portal.Monitoring.Workbooks;

/// <summary>The health report as an .xlsx workbook: indicators first, then one sheet per kind of finding.</summary>
internal static class HealthWorkbook
{
    public static byte[] Create(IReadOnlyList<SiteHealthReport> reports)
    {
        using var workbook = new XLWorkbook();
        Sheet.Add(workbook, "单项否决指标", ["站点", "指标", "规则", "检查结果", "否决阈值", "是否否决", "结论"],
            reports.SelectMany(r => r.Indicators.Select(i => (r, i))),
            x => [x.r.SiteName, x.i.Name, x.i.Rule, x.i.Figure is { } f ? $"{f}{x.i.Unit}" : "无更新记录", $"≥{x.i.Threshold}{x.i.Unit}", x.i.Mark, x.r.Verdict]);
        Sheet.Add(workbook, "首页更新", ["站点", "首页最后更新", "距今天数", "监测期（天）", "是否不更新"], reports,
            r => [r.SiteName, Time(r.Home.LastUpdatedAt), r.Home.DaysSince, r.Home.WindowDays, r.Home.Stale ? "是" : "否"]);
        AddChannels(workbook, "未按期更新栏目", reports, r => r.StaleChannels);
        AddChannels(workbook, "长期未更新栏目", reports, r => r.LongStaleChannels);
        AddChannels(workbook, "空白栏目", reports, r => r.BlankChannels);
        AddLinks(workbook, "失效链接", reports, r => r.BrokenLinks);
        AddLinks(workbook, "外部链接（未检查）", reports, r => r.ExternalLinks);
        Sheet.Add(workbook, "缺失附件", ["站点", "稿件", "稿件地址", "附件", "附件编号", "问题"],
            reports.SelectMany(r => r.MissingAttachments.Select(a => (r, a))),
            x => [x.r.SiteName, x.a.ArticleTitle, x.a.ArticleUrl, x.a.Title, x.a.AttachmentId.ToString(), x.a.Reason]);
        Sheet.Add(workbook, "其他指标明细", ["站点", "指标", "事项", "地址", "日期", "说明"],
            reports.SelectMany(r => r.OtherFindings.Select(f => (r, f))),
            x => [x.r.SiteName, x.r.Indicators.FirstOrDefault(i => i.Code == x.f.IndicatorCode)?.Name ?? x.f.IndicatorCode, x.f.Title, x.f.Url,
                x.f.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), x.f.Note]);
        return Sheet.Save(workbook);
    }

    private static void AddChannels(XLWorkbook workbook, string name, IReadOnlyList<SiteHealthReport> reports, Func<SiteHealthReport, IReadOnlyList<ChannelFinding>> pick)
        => Sheet.Add(workbook, name, ["站点", "栏目", "栏目代码", "类型", "最后发布", "距今天数", "问题"],
            reports.SelectMany(r => pick(r).Select(c => (r, c))),
            x => [x.r.SiteName, x.c.Name, x.c.Code, x.c.KindName, Time(x.c.LastPublishedAt), x.c.DaysSince, x.c.Rule]);

    private static void AddLinks(XLWorkbook workbook, string name, IReadOnlyList<SiteHealthReport> reports, Func<SiteHealthReport, IReadOnlyList<LinkFinding>> pick)
        => Sheet.Add(workbook, name, ["站点", "稿件", "稿件地址", "链接", "说明"],
            reports.SelectMany(r => pick(r).Select(l => (r, l))),
            x => [x.r.SiteName, x.l.ArticleTitle, x.l.ArticleUrl, x.l.Link, x.l.Reason]);

    private static string Time(DateTime? utc) => utc is { } t ? ChinaTime.ToLocal(t).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";
}
