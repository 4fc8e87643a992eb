using ClosedXML.Excel;
using EGov.Interaction.Domain;
using EGov.Platform.Time;

namespace EGov.Interaction.Letters.Handling.Dossier;

/// <summary>The letters list as an .xlsx workbook.</summary>
internal static class LetterWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Headers = ["信件编号", "标题", "类型", "信箱", "承办部门", "状态", "来信时间", "答复期限", "是否公开"];

    public static byte[] Create(IEnumerable<LetterRow> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("信件清单");
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
                r.Number, r.Subject, InteractionNames.Of(r.Kind), r.MailboxName, r.DepartmentName ?? "", InteractionNames.Of(r.State),
                ChinaTime.ToLocal(r.SubmittedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                r.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", r.IsPublished ? "是" : "否",
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
