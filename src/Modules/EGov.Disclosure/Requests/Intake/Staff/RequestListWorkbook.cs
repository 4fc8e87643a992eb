using System.Globalization;
using ClosedXML.Excel;
using EGov.Platform.Time;

namespace EGov.Disclosure.Requests.Intake.Staff;

/// <summary>The staff list as an .xlsx workbook, the same columns as the page, bold frozen header.</summary>
internal static class RequestListWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Headers = ["申请编号", "受理机关", "申请人", "申请方式", "提交时间", "收到日期", "答复期限", "期限状态", "状态"];

    public static byte[] Create(IReadOnlyList<StaffRequestLine> lines)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("依申请公开");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Headers[c]);
            sheet.Column(c + 1).Width = 18;
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            string[] cells =
            [
                line.Number, line.AgencyName, line.ApplicantName, line.ChannelName,
                ChinaTime.ToLocal(line.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Date(line.ReceivedOn), Date(line.DueDate), line.LevelName, line.StateName,
            ];
            for (var c = 0; c < cells.Length; c++)
            {
                sheet.Cell(i + 2, c + 1).SetValue(cells[c]);
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
