using ClosedXML.Excel;
using EGov.Disclosure.Reports.Handling;
using EGov.Disclosure.Reports.Tables;
using static EGov.Disclosure.Reports.Export.ReportWorkbook;

namespace EGov.Disclosure.Reports.Export;

/// <summary>Sheet 表二: each block of 第二十条 with its own header row, as in the format.</summary>
internal static class Table2Sheet
{
    private const int Width = 4;

    public static void Add(XLWorkbook workbook, AnnualReportView view)
    {
        var sheet = workbook.Worksheets.Add("表二 主动公开");
        Title(sheet, view, "二、主动公开政府信息情况", Width);
        var row = 3;
        foreach (var block in view.Tables.Table2.Blocks)
        {
            Header(Put(sheet, row, 1, row, Width, block.Item));
            row++;
            Header(Put(sheet, row, 1, row, 1, Table2.LabelHeader));
            var span = (Width - 1) / block.Columns.Count;
            for (var c = 0; c < block.Columns.Count; c++)
            {
                Header(Put(sheet, row, 2 + (c * span), row, 1 + ((c + 1) * span), block.Columns[c]));
            }

            foreach (var line in block.Rows)
            {
                row++;
                Put(sheet, row, 1, row, 1, line.Label);
                for (var c = 0; c < line.Values.Count; c++)
                {
                    Put(sheet, row, 2 + (c * span), row, 1 + ((c + 1) * span), line.Values[c]);
                }
            }

            row++;
        }

        Rule(sheet, 3, 1, row - 1, Width);
        sheet.Column(1).Width = 24;
        sheet.Columns(2, Width).Width = 18;
    }
}
