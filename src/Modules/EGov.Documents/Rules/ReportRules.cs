using EGov.Documents.Domain;

namespace EGov.Documents.Rules;

/// <summary>报告 carries no request (条例 Art. 15(四): 不得在报告等非请示性公文中夹带请示事项).</summary>
internal static class ReportRules
{
    public static IEnumerable<RuleFinding> Check(DraftFacts draft, RuleSettings settings)
    {
        if (draft.Type != DocumentType.Report)
        {
            yield break;
        }

        var phrases = settings.RequestPhrases
            .Where(p => draft.Body.Contains(p, StringComparison.Ordinal) || draft.Title.Contains(p, StringComparison.Ordinal))
            .ToList();
        if (phrases.Count > 0)
        {
            yield return new("documents.report_carries_request", "Body",
                $"报告不得夹带请示事项，请删去“{string.Join("”“", phrases)}”等请求批复的用语，或改用请示。", "条例第十五条（四）", true);
        }
    }
}
