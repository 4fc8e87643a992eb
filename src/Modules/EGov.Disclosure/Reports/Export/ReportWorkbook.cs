using ClosedXML.Excel;
using EGov.Disclosure.Reports.Handling;

namespace EGov.Disclosure.Reports.Export;

/// <summary>An annual report's tables as an .xlsx workbook: one sheet per table with the headers of the format, and the check.</summary>
internal static class ReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Create(AnnualReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        using var workbook = new XLWorkbook();
        Table2Sheet.Add(workbook, view);
        Table3Sheet.Add(workbook, view);
        Table4Sheet.Add(workbook, view);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The report's title and status above a table.</summary>
    internal static void Title(IXLWorksheet sheet, AnnualReportView view, string heading, int width)
    {
        Put(sheet, 1, 1, 1, width, view.Title + (view.IsPublished ? "" : "（草稿，按当前数据计算）")).Style.Font.Bold = true;
        Put(sheet, 2, 1, 2, width, heading).Style.Font.Bold = true;
    }

    /// <summary>Writes a value into a (merged) ruled range.</summary>
    internal static IXLRange Put(IXLWorksheet sheet, int row, int column, int lastRow, int lastColumn, object value)
    {
        var range = sheet.Range(row, column, lastRow, lastColumn);
        if (row != lastRow || column != lastColumn)
        {
            range.Merge();
        }

        range.FirstCell().Value = value;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        return range;
    }

    /// <summary>Rules every cell of a table.</summary>
    internal static void Rule(IXLWorksheet sheet, int row, int column, int lastRow, int lastColumn)
    {
        var range = sheet.Range(row, column, lastRow, lastColumn);
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
    }

    internal static void Header(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
    }
}
