using EGov.Documents.Domain;

namespace EGov.Documents.Rules;

/// <summary>A classified document is never disclosed (《政府信息公开条例》Art. 14: 依法确定为国家秘密的政府信息…不予公开).</summary>
internal static class PublicityRules
{
    public static IEnumerable<RuleFinding> Check(DraftFacts draft)
    {
        if (SecrecyLimits.MaxYears(draft.Secrecy) is not null && draft.Publicity != Publicity.NotDisclosed)
        {
            yield return new("documents.classified_not_disclosed", "Publicity", "涉密公文的公开属性应为不予公开。", "政府信息公开条例第十四条", true);
        }
    }
}
