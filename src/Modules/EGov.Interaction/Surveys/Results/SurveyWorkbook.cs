using ClosedXML.Excel;
using EGov.Interaction.Domain;

namespace EGov.Interaction.Surveys.Results;

/// <summary>The results of a survey as an .xlsx workbook: the choice figures, and for staff the text answers.</summary>
internal static class SurveyWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Create(SurveyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("选择题结果");
        string[] headers = ["题号", "题目", "题型", "选项", "人数", "比例（%）"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        var row = 2;
        foreach (var q in result.Questions)
        {
            foreach (var o in q.Options)
            {
                sheet.Cell(row, 1).Value = q.Number;
                sheet.Cell(row, 2).SetValue(q.Text);
                sheet.Cell(row, 3).SetValue(InteractionNames.Of(q.Kind));
                sheet.Cell(row, 4).SetValue(o.Text);
                sheet.Cell(row, 5).Value = o.Count;
                sheet.Cell(row, 6).Value = o.Percent;
                row++;
            }
        }

        sheet.Cell(row + 1, 1).SetValue($"{result.Title}：共收到答卷{result.Responses}份。");
        sheet.Columns(1, headers.Length).Width = 18;
        var texts = workbook.Worksheets.Add("填空题回答");
        texts.Cell(1, 1).SetValue("题号");
        texts.Cell(1, 2).SetValue("题目");
        texts.Cell(1, 3).SetValue("回答");
        texts.Row(1).Style.Font.Bold = true;
        row = 2;
        foreach (var q in result.Questions.Where(q => q.TextCount > 0))
        {
            foreach (var text in q.Texts.DefaultIfEmpty($"（共{q.TextCount}条，内容不公开）"))
            {
                texts.Cell(row, 1).Value = q.Number;
                texts.Cell(row, 2).SetValue(q.Text);
                texts.Cell(row, 3).SetValue(text);
                row++;
            }
        }

        texts.Column(3).Width = 60;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
