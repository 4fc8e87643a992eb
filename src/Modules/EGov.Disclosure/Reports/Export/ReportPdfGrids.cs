using EGov.Disclosure.Reports.Tables;

namespace EGov.Disclosure.Reports.Export;

/// <summary>Tables 二, 三 and 四 as ruled grids with the merged headers of the 2021 format.</summary>
internal static class ReportPdfGrids
{
    public static PdfGrid Table2(Table2 table)
    {
        var cells = new List<PdfCell>();
        var row = 0;
        foreach (var block in table.Blocks)
        {
            cells.Add(new(row++, 0, block.Item, ColumnSpan: 4, Header: true));
            var span = 3 / block.Columns.Count;
            cells.Add(new(row, 0, Tables.Table2.LabelHeader, Header: true));
            cells.AddRange(block.Columns.Select((c, i) => new PdfCell(row, 1 + (i * span), c, ColumnSpan: span, Header: true)));
            row++;
            foreach (var line in block.Rows)
            {
                cells.Add(new(row, 0, line.Label, AlignLeft: true));
                cells.AddRange(line.Values.Select((v, i) => new PdfCell(row, 1 + (i * span), ReportDisplay.Number(v), ColumnSpan: span)));
                row++;
            }
        }

        return new([141, 113, 113, 113], row, cells, 10);
    }

    public static PdfGrid Table3(Table3 table, BalanceCheck check)
    {
        var cells = new List<PdfCell>
        {
            new(0, 0, $"（{Tables.Table3.BalanceRule}）", RowSpan: 3, ColumnSpan: 3, Header: true),
            new(0, 3, "申请人情况", ColumnSpan: 7, Header: true),
            new(1, 3, table.Columns[0], RowSpan: 2, Header: true),
            new(1, 4, "法人或其他组织", ColumnSpan: 5, Header: true),
            new(1, 9, table.Columns[6], RowSpan: 2, Header: true),
        };
        cells.AddRange(Enumerable.Range(1, 5).Select(c => new PdfCell(2, 3 + c, table.Columns[c], Header: true)));
        var results = table.ResultRows.ToList();
        var row = 3;
        foreach (var line in table.Rows)
        {
            var heading = ReportDisplay.RowHeading(line.Code, line.Label);
            if (line.Code is "一" or "二" or "四")
            {
                cells.Add(new(row, 0, heading, ColumnSpan: 3, AlignLeft: true));
            }
            else
            {
                if (line == results[0])
                {
                    cells.Add(new(row, 0, "三、本年度办理结果", RowSpan: results.Count + 1));
                }

                if (line.Group is null)
                {
                    cells.Add(new(row, 1, heading, ColumnSpan: 2, AlignLeft: true));
                }
                else
                {
                    var part = ReportDisplay.Section(line.Code);
                    var group = results.Where(r => r.Group is not null && ReportDisplay.Section(r.Code) == part).ToList();
                    if (line == group[0])
                    {
                        cells.Add(new(row, 1, part + line.Group, RowSpan: group.Count));
                    }

                    cells.Add(new(row, 2, heading, AlignLeft: true));
                }
            }

            cells.AddRange(line.Values.Select((v, c) => new PdfCell(row, 3 + c, v.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            row++;
        }

        cells.Add(new(row, 0, "勾稽关系检查", ColumnSpan: 3, Header: true));
        cells.AddRange(table.Columns.Select((c, i) => new PdfCell(row, 3 + i, check.FailingColumns.Contains(c) ? "不成立" : "成立")));
        return new([20, 44, 150, .. Enumerable.Repeat(38.0, 7)], row + 1, cells, 7.5);
    }

    public static PdfGrid Table4(Table4 table)
    {
        var cells = new List<PdfCell>
        {
            new(0, 0, table.Blocks[0].Group, ColumnSpan: 5, Header: true),
            new(0, 5, table.Blocks[1].Group, ColumnSpan: 10, Header: true),
        };
        cells.AddRange(table.Columns.Select((c, i) => new PdfCell(1, i, c, RowSpan: 2, Header: true)));
        for (var b = 1; b < table.Blocks.Count; b++)
        {
            cells.Add(new(1, b * 5, table.Blocks[b].Label, ColumnSpan: 5, Header: true));
            cells.AddRange(table.Columns.Select((c, i) => new PdfCell(2, (b * 5) + i, c, Header: true)));
        }

        cells.AddRange(table.Blocks.SelectMany(b => b.Values).Select((v, i) => new PdfCell(3, i, v.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return new([.. Enumerable.Repeat(32.0, 15)], 4, cells, 7.5);
    }
}
