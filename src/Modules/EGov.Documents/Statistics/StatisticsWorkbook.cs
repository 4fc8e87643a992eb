using ClosedXML.Excel;

namespace EGov.Documents.Statistics;

/// <summary>公文统计 as an Excel sheet, the table of the page.</summary>
internal static class StatisticsWorkbook
{
    public static readonly string[] Headers = ["部门", "发文", "电子分发", "纸质分发", "收文", "电子收文", "办结", "平均办理天数", "逾期", "无纸化传输率"];

    public static byte[] Build(DocumentStatistics statistics)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet($"{statistics.Year}年公文统计");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Headers[c]);
        }

        var row = 2;
        foreach (var f in statistics.Departments.Append(statistics.Total))
        {
            object?[] values = [f.Department, f.Sent, f.SentElectronic, f.SentPaper, f.Received, f.ReceivedElectronic, f.Concluded, f.AverageHandlingDays, f.Overdue, f.PaperlessShare];
            for (var c = 0; c < values.Length; c++)
            {
                Set(sheet.Cell(row, c + 1), values[c]);
            }

            sheet.Cell(row, values.Length).Style.NumberFormat.Format = "0.0%";
            row++;
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.Row(row - 1).Style.Font.Bold = true;
        sheet.Columns().AdjustToContents();
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>Text through <c>SetValue</c>: the <c>Value</c> setter of ClosedXML 0.95 turns some text into dates.</summary>
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
