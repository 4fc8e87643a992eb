using ClosedXML.Excel;
using EGov.Disclosure.Reports.Handling;
using static EGov.Disclosure.Reports.Export.ReportWorkbook;

namespace EGov.Disclosure.Reports.Export;

/// <summary>Sheet 表四: 行政复议 and the two kinds of 行政诉讼, five columns each, one data row.</summary>
internal static class Table4Sheet
{
    private const int Width = 15;

    public static void Add(XLWorkbook workbook, AnnualReportView view)
    {
        var table = view.Tables.Table4;
        var sheet = workbook.Worksheets.Add("表四 复议诉讼");
        Title(sheet, view, "四、政府信息公开行政复议、行政诉讼情况", Width);
        Header(Put(sheet, 3, 1, 3, 5, table.Blocks[0].Group));
        Header(Put(sheet, 3, 6, 3, Width, table.Blocks[1].Group));
        for (var c = 0; c < table.Columns.Count; c++)
        {
            Header(Put(sheet, 4, 1 + c, 5, 1 + c, table.Columns[c]));
        }

        for (var b = 1; b < table.Blocks.Count; b++)
        {
            var start = 1 + (b * 5);
            Header(Put(sheet, 4, start, 4, start + 4, table.Blocks[b].Label));
            for (var c = 0; c < table.Columns.Count; c++)
            {
                Header(Put(sheet, 5, start + c, 5, start + c, table.Columns[c]));
            }
        }

        for (var b = 0; b < table.Blocks.Count; b++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                Put(sheet, 6, 1 + (b * 5) + c, 6, 1 + (b * 5) + c, table.Blocks[b].Values[c]);
            }
        }

        Rule(sheet, 3, 1, 6, Width);
        sheet.Columns(1, Width).Width = 10;
    }
}
