using System.Globalization;
using System.Text.Json;

namespace EGov.Oversight.Cards.Reading;

/// <summary>One fact behind a card, as people read it.</summary>
internal sealed record EvidenceLine(string Key, string Label, string Value);

/// <summary>The card's evidence (a flat JSON object) as labelled lines: known keys in Chinese, dates as 2026年11月28日.</summary>
internal static class CardEvidence
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["clockId"] = "时限编号",
        ["clockType"] = "时限类型",
        ["clockName"] = "时限名称",
        ["caseType"] = "办件类型",
        ["caseId"] = "办件编号",
        ["number"] = "编号",
        ["item"] = "事项",
        ["startDate"] = "起算日期",
        ["startedAt"] = "开始时间",
        ["dueDate"] = "到期日期",
        ["dueAt"] = "到期时间",
        ["stoppedAt"] = "停止时间",
        ["limit"] = "时限",
        ["limitDays"] = "时限（工作日）",
        ["overdueDays"] = "超期天数",
        ["state"] = "状态",
        ["warningLevel"] = "预警级别",
        ["count"] = "次数",
        ["corrections"] = "补正次数",
        ["fee"] = "收费金额",
        ["standardFee"] = "收费标准",
        ["amount"] = "金额",
        ["acceptedAt"] = "受理时间",
        ["concludedAt"] = "办结时间",
        ["submittedAt"] = "提交时间",
        ["receivedOn"] = "收到日期",
        ["raisedOn"] = "发牌日期",
        ["urgeDeadline"] = "督办期限",
        ["yellowCard"] = "原黄牌",
        ["days"] = "天数",
        ["rating"] = "评价",
        ["department"] = "部门",
        ["reason"] = "原因",
    };

    public static IReadOnlyList<EvidenceLine> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind != JsonValueKind.Object
                ? [new EvidenceLine("", "依据", document.RootElement.GetRawText())]
                : [.. document.RootElement.EnumerateObject().Select(p => new EvidenceLine(p.Name, Labels.GetValueOrDefault(p.Name, p.Name), Value(p.Value)))];
        }
        catch (JsonException)
        {
            // Evidence written by an older scan or by hand: show it as it is rather than hide it.
            return [new EvidenceLine("", "依据", json)];
        }
    }

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Text(value.GetString() ?? ""),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };

    private static string Text(string text)
    {
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return CardDisplay.Day(day);
        }

        return text.Length > 10 && text[10] == 'T'
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant)
            ? CardDisplay.Time(instant)
            : text;
    }
}
