using System.Text;

namespace EGov.Platform.Audit;

/// <summary>
/// CSV in UTF-8 with a byte-order mark, so that Excel opens the Chinese text correctly. Cells that a spreadsheet would
/// take for a formula get a leading apostrophe (CSV injection).
/// </summary>
internal static class AuditCsv
{
    private static readonly string[] Header =
        ["序号", "时间（北京时间）", "用户ID", "用户", "部门", "IP", "操作", "对象类型", "对象ID", "结果", "详情", "请求ID"];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(Line(Header));
        await foreach (var e in entries.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(
            [
                e.Sequence?.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditDisplay.Time(e.Time), e.UserId, e.UserName,
                e.DepartmentName, e.Ip, e.Action, e.ObjectType, e.ObjectId, AuditDisplay.Outcome(e.Outcome), e.Detail, e.RequestId,
            ]));
        }
    }

    private static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    private static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
