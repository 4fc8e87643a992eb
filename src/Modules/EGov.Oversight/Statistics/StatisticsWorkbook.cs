using ClosedXML.Excel;

namespace EGov.Oversight.Statistics;

/// <summary>电子监察统计 as an .xlsx workbook, a sheet per table: ranking by department, by 事项, by month.</summary>
internal static class StatisticsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] FigureHeaders =
        ["办件", "按时办结", "逾期办结", "逾期未办结", "按时办结率", "黄牌", "红牌", "异常", "评价", "好评", "差评", "差评率"];

    public static byte[] Create(OversightStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        using var workbook = new XLWorkbook();
        Add(workbook, "部门排名", ["名次", "部门", "得分", .. FigureHeaders], s.Ranking.Select(r => (object?[])[r.Rank, r.Name, r.Score, .. Figures(r.Figures)]));
        Add(workbook, "按事项", ["部门", "事项", .. FigureHeaders], s.ByItem.Select(r => (object?[])[r.Department, r.Item, .. Figures(r.Figures)]));
        Add(workbook, "按月份", ["月份", .. FigureHeaders], s.ByMonth.Select(m => (object?[])[m.Label, .. Figures(m.Figures)]));
        Set(workbook.Worksheet("部门排名").Cell(s.Ranking.Count + 3, 1), $"统计期间：{s.Label}");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static object?[] Figures(OversightFigures f)
        => [f.Cases, f.OnTime, f.OverdueConcluded, f.OverdueRunning, f.OnTimeRate, f.Yellow, f.Red, f.Anomalies, f.Ratings, f.GoodRatings, f.BadRatings, f.BadRatingShare];

    private static void Add(XLWorkbook workbook, string name, string[] headers, IEnumerable<object?[]> rows)
    {
        var sheet = workbook.Worksheets.Add(name);
        for (var c = 0; c < headers.Length; c++)
        {
            Set(sheet.Cell(1, c + 1), headers[c]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        var line = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                Set(sheet.Cell(line, c + 1), row[c]);
            }

            line++;
        }

        foreach (var header in new[] { "按时办结率", "差评率" })
        {
            var column = Array.IndexOf(headers, header) + 1;
            sheet.Column(column).Style.NumberFormat.Format = "0.0%";
        }

        sheet.Columns(1, headers.Length).Width = 14;
    }

    /// <summary>Text through <c>SetValue</c>: the <c>Value</c> setter of ClosedXML 0.95 turns text like “2026年5月” into a date.</summary>
    private static void Set(IXLCell cell, object? value)
    {
        if (value is string text)
        {
            cell.SetValue(text);
        }
        else
        {
            cell.Value = value ?? "";
        }
    }
}
