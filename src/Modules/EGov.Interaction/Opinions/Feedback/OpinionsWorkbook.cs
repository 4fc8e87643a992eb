using ClosedXML.Excel;
using EGov.Interaction.Domain;
using EGov.Platform.Time;

namespace EGov.Interaction.Opinions.Feedback;

/// <summary>The opinions of one collection as an .xlsx workbook for staff (names included, phones masked).</summary>
internal static class OpinionsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Headers = ["序号", "提交时间", "提交方式", "姓名", "手机号", "意见内容", "敏感词（待审核）", "采纳情况", "说明"];

    public static byte[] Create(StaffCollection collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("意见");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Headers[c]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        var row = 2;
        foreach (var o in collection.Opinions)
        {
            string[] cells =
            [
                ChinaTime.ToLocal(o.SubmittedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                o.SignedIn ? "登录账户" : "手机验证", o.Name, o.Phone ?? "", o.Content, o.SensitiveWords ?? "", InteractionNames.Of(o.Adoption), o.AdoptionNote ?? "",
            ];
            sheet.Cell(row, 1).Value = row - 1;
            for (var c = 0; c < cells.Length; c++)
            {
                sheet.Cell(row, c + 2).SetValue(cells[c]);
            }

            row++;
        }

        sheet.Columns(1, Headers.Length).Width = 16;
        sheet.Column(6).Width = 60;
        sheet.Cell(row + 1, 1).SetValue($"{collection.Collection.Title}：共收到意见{collection.Tally.Received}条，采纳{collection.Tally.Adopted}条，部分采纳{collection.Tally.PartlyAdopted}条，未采纳{collection.Tally.NotAdopted}条。");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
