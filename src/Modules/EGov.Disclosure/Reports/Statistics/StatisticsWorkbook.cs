using ClosedXML.Excel;

namespace EGov.Disclosure.Reports.Statistics;

/// <summary>公开统计 as an .xlsx workbook: by state, by agency, by month.</summary>
internal static class StatisticsWorkbook
{
    public static byte[] Create(RequestStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        using var workbook = new XLWorkbook();
        Add(workbook, "按状态", ["状态", "申请数"], s.ByState.Select(x => new object[] { x.Name, x.Count }));
        Add(workbook, "按机关", ["机关", "本年收到", "本年办结", "目前在办", "目前超期", "平均办理工作日"],
            s.ByAgency.Select(a => new object[] { a.Name, a.Received, a.Concluded, a.Open, a.OverdueNow, a.AverageWorkingDays is { } d ? d : "" })
                .Append(["合计", s.Received, s.Concluded, s.ByAgency.Sum(a => a.Open), s.OverdueNow, s.AverageWorkingDays is { } all ? all : ""]));
        Add(workbook, "按月份", ["月份", "收到", "办结"], s.ByMonth.Select(m => new object[] { $"{s.Year}年{m.Month}月", m.Received, m.Concluded }));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Add(XLWorkbook workbook, string name, string[] headers, IEnumerable<object[]> rows)
    {
        var sheet = workbook.Worksheets.Add(name);
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }

        sheet.Row(1).Style.Font.Bold = true;
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                sheet.Cell(r, c + 1).Value = row[c];
            }

            r++;
        }

        sheet.Columns(1, headers.Length).Width = 16;
    }
}
