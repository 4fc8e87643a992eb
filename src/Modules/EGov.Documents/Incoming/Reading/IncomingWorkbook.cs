using ClosedXML.Excel;
using EGov.Documents.Domain;

namespace EGov.Documents.Incoming.Reading;

/// <summary>A 收文 list as an .xlsx workbook, the columns of the list page (text cells, so that numbers stay as typed).</summary>
internal static class IncomingWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Headers =
        ["收文编号", "来文单位", "发文字号", "标题", "文种", "紧急程度", "密级", "来文方式", "主送/抄送", "收文单位", "状态", "送达时间", "签收时间", "办理期限"];

    public static byte[] Create(IEnumerable<IncomingRow> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("收文");
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
                r.IncomingNumber ?? "", r.SenderAgency, r.DocumentNumber, r.Title, DocumentNames.Of(r.Type), DocumentNames.Of(r.Urgency), DocumentNames.Of(r.Secrecy),
                IncomingNames.Of(r.Channel), IncomingNames.Of(r.RecipientRole), r.DepartmentName, IncomingNames.Of(r.State),
                IncomingDisplay.Time(r.DeliveredAt), IncomingDisplay.Time(r.ReceivedAt), IncomingDisplay.Day(r.DueDate),
            ];
            for (var c = 0; c < values.Length; c++)
            {
                sheet.Cell(line, c + 1).SetValue(values[c]);
            }

            line++;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
