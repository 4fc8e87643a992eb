namespace EGov.Documents.Rules;

/// <summary>One 行文规则 the draft breaks: an error blocks submitting, a warning asks the drafter to check.</summary>
/// <param name="Code">Stable, e.g. <c>documents.request_one_main_recipient</c>.</param>
/// <param name="Field">The form field it concerns, e.g. <c>MainRecipients</c>.</param>
/// <param name="Article">The source, e.g. 条例第十五条（一）.</param>
internal sealed record RuleFinding(string Code, string Field, string Message, string Article, bool IsError)
{
    public string Text => $"{Message}（{Article}）";
}
