using EGov.Documents.Domain;

namespace EGov.Documents.Rules;

/// <summary>
/// 行文规则 a machine can check (条例 Art. 9, 15–17). Pure: the same facts give the same findings on the form, when
/// submitting and in the API. What a machine cannot judge is a warning, and the README says what it misses.
/// </summary>
internal static class DraftingRules
{
    public static IReadOnlyList<RuleFinding> Check(DraftFacts draft, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(settings);
        return
        [
            .. RequestRules.Check(draft),
            .. UpwardRules.Check(draft, settings),
            .. ReportRules.Check(draft, settings),
            .. SecrecyRules.Check(draft),
            .. PublicityRules.Check(draft),
        ];
    }

    /// <summary>The rule checked when the document is numbered: the 签发人 of an 上行文 (条例 Art. 9(六)).</summary>
    public static RuleFinding? SignerRequired(Direction direction, string? signer)
        => direction == Direction.Upward && string.IsNullOrWhiteSpace(signer)
            ? new("documents.upward_needs_signer", "Signer", "上行文应当标注签发人姓名。", "条例第九条（六）", true)
            : null;

    public static bool HasErrors(IEnumerable<RuleFinding> findings) => findings.Any(f => f.IsError);
}
