using ClosedXML.Excel;

namespace EGov.Oversight.Board;

/// <summary>The board's list as an .xlsx workbook, at most <see cref="BoardQueries.ExportLimit"/> rows.</summary>
internal static class BoardWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] Headers = ["等级", "业务", "时限类型", "办件", "办件编号", "事项", "部门", "到期日", "剩余工作日", "状态"];

    public static byte[] Create(BoardPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("时限清单");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Headers[c]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        var line = 2;
        foreach (var r in page.Rows)
        {
            // Text through SetValue: the Value setter of ClosedXML 0.95 turns text like “2024年5月” into a date.
            string[] texts = [BoardLevelNames.Name(r.Level), r.ModuleName, r.TypeName, r.Title, r.CaseId, r.Item ?? "", r.DepartmentName];
            for (var c = 0; c < texts.Length; c++)
            {
                sheet.Cell(line, c + 1).SetValue(texts[c]);
            }

            sheet.Cell(line, 8).SetValue(r.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            sheet.Cell(line, 9).Value = r.RemainingWorkingDays;
            sheet.Cell(line, 10).SetValue(ClockDisplay.State(r.State));
            line++;
        }

        sheet.Columns(1, Headers.Length).Width = 16;
        var note = workbook.Worksheets.Add("说明");
        note.Cell(1, 1).SetValue(page.Total > page.Rows.Count
            ? $"共 {page.Total} 条，仅导出到期最早的 {page.Rows.Count} 条（上限 {BoardQueries.ExportLimit} 条），请缩小筛选范围后再导出其余部分。"
            : $"共 {page.Total} 条，已全部导出。");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
