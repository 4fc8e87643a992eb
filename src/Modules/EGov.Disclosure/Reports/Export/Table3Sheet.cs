using ClosedXML.Excel;
using EGov.Disclosure.Reports.Handling;
using EGov.Disclosure.Reports.Tables;
using static EGov.Disclosure.Reports.Export.ReportWorkbook;

namespace EGov.Disclosure.Reports.Export;

/// <summary>Sheet 表三: the three header rows of the format, the 25 rows, then the check of every column.</summary>
internal static class Table3Sheet
{
    private const int First = 3;
    private const int Width = 9;

    public static void Add(XLWorkbook workbook, AnnualReportView view)
    {
        var table = view.Tables.Table3;
        var sheet = workbook.Worksheets.Add("表三 申请情况");
        Title(sheet, view, "三、收到和处理政府信息公开申请情况", Width);
        Header(Put(sheet, 3, 1, 5, 2, $"（{Table3.BalanceRule}）"));
        Header(Put(sheet, 3, First, 3, Width, "申请人情况"));
        Header(Put(sheet, 4, First, 5, First, table.Columns[0]));
        Header(Put(sheet, 4, First + 1, 4, First + 5, "法人或其他组织"));
        Header(Put(sheet, 4, Width, 5, Width, table.Columns[6]));
        for (var c = 1; c <= 5; c++)
        {
            Header(Put(sheet, 5, First + c, 5, First + c, table.Columns[c]));
        }

        var row = 5;
        foreach (var line in table.Rows)
        {
            row++;
            Put(sheet, row, 1, row, 1, line.Code);
            Put(sheet, row, 2, row, 2, line.Group is null ? line.Label : $"{line.Group}：{line.Label}");
            for (var c = 0; c < line.Values.Count; c++)
            {
                Put(sheet, row, First + c, row, First + c, line.Values[c]);
            }
        }

        row++;
        var check = view.Tables.Check;
        Header(Put(sheet, row, 1, row, 2, "勾稽关系检查"));
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var failed = check.Failures.Where(f => f.Column == table.Columns[c]).ToList();
            Put(sheet, row, First + c, row, First + c, failed.Count == 0 ? "成立" : "不成立：" + string.Join("", failed.Select(f => f.Message)));
        }

        Rule(sheet, 3, 1, row, Width);
        sheet.Column(1).Width = 10;
        sheet.Column(2).Width = 48;
        sheet.Columns(First, Width).Width = 12;
    }
}
