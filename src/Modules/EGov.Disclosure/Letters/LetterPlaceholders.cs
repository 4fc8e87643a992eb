using System.Text.RegularExpressions;

namespace EGov.Disclosure.Letters;

/// <summary>The placeholders a letter template may hold, in braces (<c>{申请人}</c>), and the check of a template's text.</summary>
internal static partial class LetterPlaceholders
{
    public const string Applicant = "申请人";
    public const string Number = "申请编号";
    public const string ReceivedOn = "收到日期";
    public const string Description = "申请内容";
    public const string Agency = "机关名称";
    public const string Date = "日期";
    public const string ReplyText = "答复内容";
    public const string WhereToObtain = "获取方式";
    public const string ResponsibleAgency = "负责机关";
    public const string CorrectionItems = "补正事项";
    public const string CorrectionDeadline = "补正期限";
    public const string ExtensionDays = "延期天数";
    public const string ExtensionReason = "延期理由";
    public const string DueDate = "答复期限";
    public const string FeeMode = "收费方式";
    public const string FeeQuantity = "收费数量";
    public const string FeeAmount = "收费金额";
    public const string PayBy = "缴费期限";
    public const string ConsultedParty = "被征求方";
    public const string ConsultationQuestion = "征求事项";
    public const string ConsultationDue = "征求期限";
    public const string ReviewAuthority = "复议机关";

    /// <summary>The placeholders every letter may use.</summary>
    public static IReadOnlyList<string> Common { get; } = [Applicant, Number, ReceivedOn, Description, Agency, Date];

    [GeneratedRegex(@"\{([^{}\s]{1,20})\}")]
    public static partial Regex Pattern();

    /// <summary>The distinct placeholder names used in a text, in order of appearance.</summary>
    public static IReadOnlyList<string> Used(string text)
        => [.. Pattern().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>Replaces every known placeholder; unknown ones stay as written (validation rejects them on saving).</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values)
        => Pattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
}
