using System.Globalization;
using ClosedXML.Excel;

namespace EGov.Oversight.Cards.Reading;

/// <summary>The card list as an .xlsx workbook, the columns of the list page (text cells, so that codes stay as typed).</summary>
internal static class CardWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Headers =
        ["编号", "级别", "是否异常", "规则", "标题", "事项", "模块", "责任部门", "状态", "发牌时间", "到期时间", "剩余时间（分钟）"];

    public static byte[] Create(IEnumerable<CardRow> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("黄牌红牌");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Headers[c]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        var line = 2;
        foreach (var r in rows)
        {
            string[] values =
            [
                r.Id.ToString(CultureInfo.InvariantCulture), CardNames.Of(r.Level), r.IsAnomaly ? "是" : "否", r.RuleName, r.Title, r.Item ?? "",
                r.ModuleName, r.DepartmentName, CardNames.Of(r.State), CardDisplay.Time(r.RaisedAt), CardDisplay.Time(r.DueAt),
            ];
            for (var c = 0; c < values.Length; c++)
            {
                sheet.Cell(line, c + 1).SetValue(values[c]);
            }

            if (r.MinutesLeft is { } minutes)
            {
                sheet.Cell(line, values.Length + 1).SetValue(minutes);
            }

            line++;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
