namespace EGov.Disclosure.Letters;

/// <summary>A letter's title and body; the body's paragraphs are its lines, the first one ending in “：” is the salutation.</summary>
internal sealed record LetterText(string Title, string Body)
{
    public const string Regulation = "《中华人民共和国政府信息公开条例》";

    /// <summary>The remedy every decision states (行政复议法 第二十条: 60 days; 行政诉讼法 第四十六条: 6 months).</summary>
    public const string Remedy = "如对本答复不服，可以自收到本告知书之日起60日内向{复议机关}申请行政复议，或者在6个月内向人民法院提起行政诉讼。";

    /// <summary>A basis from <c>ReplyOutcomes</c> with the regulation's full name.</summary>
    public static string FullBasis(string basis) => basis.Replace("《条例》", Regulation, StringComparison.Ordinal);

    public IReadOnlyList<string> Paragraphs => Body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
