using ClosedXML.Excel;

namespace EGov.Interaction.Letters.Publication.Statistics;

/// <summary>留言办理情况统计 as an .xlsx workbook: by month and by department, each with the total.</summary>
internal static class LetterStatisticsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] Headers = ["收信", "答复", "按期答复", "逾期", "按期答复率", "评价", "满意和基本满意", "满意率", "平均答复天数"];

    public static string FileName(LetterStatistics s) => $"留言办理情况统计-{s.From:yyyyMMdd}-{s.To:yyyyMMdd}.xlsx";

    public static byte[] Create(LetterStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        using var workbook = new XLWorkbook();
        Add(workbook, "按月份", "月份", s.ByMonth.Select(m => (m.Label, m.Figures)).Append(("合计", s.Total)));
        Add(workbook, "按部门", "承办部门", s.ByDepartment.Select(d => (d.Name, d.Figures)).Append(("合计", s.Total)), withOpen: true);
        var notes = workbook.Worksheets.Add("说明");
        notes.Cell(1, 1).SetValue($"统计期间：{s.From:yyyy年M月d日}至{s.To:yyyy年M月d日}");
        notes.Cell(2, 1).SetValue("按期答复：在答复时限（含批准延期）届满之日或之前答复；尚未答复且已超过答复时限的计为逾期。");
        notes.Cell(3, 1).SetValue("满意率：满意和基本满意的评价数占评价总数的比例。平均答复天数：自登记之日至答复之日的自然日。");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Add(XLWorkbook workbook, string name, string first, IEnumerable<(string Label, LetterFigures Figures)> rows, bool withOpen = false)
    {
        var sheet = workbook.Worksheets.Add(name);
        string[] headers = [first, .. Headers, .. withOpen ? new[] { "当前待答复" } : []];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        var line = 2;
        foreach (var (label, f) in rows)
        {
            // Text through SetValue: the Value setter of ClosedXML 0.95 turns “2026年5月” into a date.
            sheet.Cell(line, 1).SetValue(label);
            object?[] values = [f.Received, f.Replied, f.OnTime, f.Overdue, f.OnTimeRate, f.Rated, f.Satisfied, f.SatisfactionRate, f.AverageDaysToReply];
            for (var c = 0; c < values.Length; c++)
            {
                sheet.Cell(line, c + 2).Value = values[c] ?? "";
            }

            if (withOpen)
            {
                sheet.Cell(line, values.Length + 2).Value = f.OpenNow;
            }

            line++;
        }

        sheet.Range(2, 6, line - 1, 6).Style.NumberFormat.Format = "0.0%";
        sheet.Range(2, 9, line - 1, 9).Style.NumberFormat.Format = "0.0%";
        sheet.Columns(1, headers.Length).Width = 14;
    }
}
