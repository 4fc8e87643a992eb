using EGov.Documents.Domain;

namespace EGov.Documents.Rules;

/// <summary>涉密公文: a six-digit 份号 and a 保密期限 within the legal maximum of the level (条例 Art. 9(一)(二)).</summary>
internal static class SecrecyRules
{
    public static IEnumerable<RuleFinding> Check(DraftFacts draft)
    {
        if (SecrecyLimits.MaxYears(draft.Secrecy) is not { } max)
        {
            yield break;
        }

        if (draft.CopyNumber is not { Length: 6 } number || !number.All(char.IsAsciiDigit))
        {
            yield return new("documents.classified_needs_copy_number", "CopyNumber", "涉密公文应当标注份号（6位阿拉伯数字）。", "条例第九条（一）", true);
        }

        if (draft.SecrecyYears is { } years && (years < 1 || years > max))
        {
            yield return new("documents.secrecy_period", "SecrecyYears",
                $"{DocumentNames.Of(draft.Secrecy)}公文的保密期限应为 1 至 {max} 年。", "条例第九条（二）；保守国家秘密法", true);
        }
    }
}
