using System.Globalization;
using System.Text;
using EGov.Platform.Pdf;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Interaction.Interviews;

/// <summary>文字实录: the archived record of an ended interview as plain text (UTF-8) or as a PDF.</summary>
internal static class InterviewTranscript
{
    public static IReadOnlyList<string> Lines(InterviewDetail interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        List<string> lines =
        [
            $"主题：{interview.Subject}",
            $"嘉宾：{string.Join("；", interview.Guests.Select(g => g.Label))}",
            $"时间：{When(interview)}",
        ];
        if (interview.Introduction.Length > 0)
        {
            lines.Add($"简介：{interview.Introduction}");
        }

        foreach (var post in interview.Posts)
        {
            if (post.QuestionText is not null)
            {
                lines.Add($"[{Clock(post.At)}] 网友“{post.AskerName}”提问：{post.QuestionText}");
            }

            lines.Add($"[{Clock(post.At)}] {post.Speaker}：{post.Text}");
        }

        return lines;
    }

    public static byte[] Text(InterviewDetail interview)
    {
        var text = new StringBuilder().Append(interview.Title).Append("\r\n文字实录\r\n\r\n");
        foreach (var line in Lines(interview))
        {
            text.Append(line).Append("\r\n\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static Result<byte[]> Pdf(InterviewDetail interview, IPdfLetterWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var date = ChinaTime.DateOf(interview.ArchivedAt ?? interview.EndsAt);
        return writer.Write(new PdfLetter($"{interview.Title}文字实录", Lines(interview), interview.DepartmentName, date));
    }

    public static string FileName(InterviewDetail interview, string extension) => $"{interview.Title}-文字实录.{extension}";

    public static string When(InterviewDetail interview)
        => $"{ChinaTime.ToLocal(interview.StartsAt).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)}—{Clock(interview.EndsAt)}";

    public static string Clock(DateTime utc) => ChinaTime.ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);
}
