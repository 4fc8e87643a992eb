using ClosedXML.Excel;

namespace EGov.Portal.Monitoring.Workbooks;

/// <summary>Writes a table to a worksheet: a bold header row, then one row per item, frozen header.</summary>
internal static class Sheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Add<T>(XLWorkbook workbook, string name, string[] headers, IEnumerable<T> items, Func<T, object?[]> cells)
    {
        var sheet = workbook.Worksheets.Add(name);
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        var row = 2;
        foreach (var item in items)
        {
            var values = cells(item);
            for (var c = 0; c < values.Length; c++)
            {
                // Text through SetValue: the Value setter of ClosedXML 0.95 turns text like “2026-05-01” or “5月1日” into a date.
                if (values[c] is string text)
                {
                    sheet.Cell(row, c + 1).SetValue(text);
                }
                else
                {
                    sheet.Cell(row, c + 1).Value = values[c] ?? "";
                }
            }

            row++;
        }

        for (var c = 1; c <= headers.Length; c++)
        {
            sheet.Column(c).Width = 18;
        }
    }

    public static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
