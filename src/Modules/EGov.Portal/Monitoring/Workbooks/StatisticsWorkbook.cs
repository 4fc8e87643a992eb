using ClosedXML.Excel;
using EGov.Portal.Monitoring.Statistics;

namespace EGov.Portal.Monitoring.Workbooks;

/// <summary>访问统计 as an .xlsx workbook: daily views, top articles, top channels.</summary>
internal static class StatisticsWorkbook
{
    public static byte[] Create(SiteStatistics statistics)
    {
        using var workbook = new XLWorkbook();
        Sheet.Add(workbook, "每日浏览量", ["日期", "浏览量"], statistics.Daily,
            d => [d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Count]);
        Sheet.Add(workbook, "稿件排行", ["排名", "稿件", "栏目", "地址", "浏览量"], statistics.TopArticles.Select((a, i) => (a, i)),
            x => [x.i + 1, x.a.Title, x.a.ChannelName, x.a.Url, x.a.Count]);
        Sheet.Add(workbook, "栏目排行", ["排名", "栏目", "栏目页浏览量", "栏目内稿件浏览量", "合计"], statistics.TopChannels.Select((c, i) => (c, i)),
            x => [x.i + 1, x.c.Name, x.c.ListViews, x.c.ArticleViews, x.c.Total]);
        return Sheet.Save(workbook);
    }
}
