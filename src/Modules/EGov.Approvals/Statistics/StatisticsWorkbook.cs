using ClosedXML.Excel;

namespace EGov.Approvals.Statistics;

/// <summary>政务服务统计 as an .xlsx workbook: by department (with the total), by month, the plan's targets.</summary>
internal static class StatisticsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] DepartmentHeaders =
    [
        "部门", "网上收件", "窗口收件", "网上收件占比", "办结", "承诺时限内办结", "承诺件办结", "法定时限内办结", "法定时限办件办结", "视为受理",
        "平均办理工作日", "评价数", "平均星级", "满意数", "差评数", "差评已整改", "差评按期整改", "已发布事项", "全程网办事项", "行政许可事项", "许可事项网上受理",
    ];

    public static byte[] Create(ServiceStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        using var workbook = new XLWorkbook();
        Add(workbook, "按部门", DepartmentHeaders, s.ByDepartment.Append(s.Total).Select(Row));
        Add(workbook, "按月份", ["月份", "网上收件", "窗口收件", "办结", "评价数", "差评数"],
            s.ByMonth.Select(m => new object?[] { $"{m.Year}年{m.Month}月", m.ReceivedOnline, m.ReceivedWindow, m.Concluded, m.Ratings, m.BadRatings }));
        Add(workbook, "规划目标", ["指标", "目标", "实际", "达标事项", "事项总数"],
            s.Targets.Select(t => new object?[] { t.Name, t.Target, t.Actual, t.Count, t.Of }));
        workbook.Worksheet("规划目标").Range("B2:C3").Style.NumberFormat.Format = "0.0%";
        var period = workbook.Worksheet("按部门");
        Set(period.Cell(s.ByDepartment.Count + 4, 1), $"统计期间：{s.From:yyyy年M月d日}至{s.To:yyyy年M月d日}");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static object?[] Row(DepartmentFigures d)
    {
        var (a, r, i) = (d.Applications, d.Ratings, d.Items);
        return
        [
            d.Name, a.ReceivedOnline, a.ReceivedWindow, a.OnlineShare, a.Concluded, a.PromisedOnTime, a.PromisedConcluded, a.StatutoryOnTime, a.StatutoryConcluded,
            a.DeemedAccepted, a.AverageWorkingDays, r.Count, r.Average, r.Satisfied, r.Bad, r.Rectified, r.RectifiedOnTime, i.Published, i.FullyOnline, i.Licensing,
            i.LicensingAcceptedOnline,
        ];
    }

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

        sheet.Columns(1, headers.Length).Width = 14;
    }

    /// <summary>Text through <c>SetValue</c>: the <c>Value</c> setter of ClosedXML 0.95 turns text like “2024年5月” into a date.</summary>
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
