using EGov.Documents.Domain;

namespace EGov.Documents.Rules;

/// <summary>上行文 and 请示: never copied to subordinate units; only request, report or opinion style types (条例 Art. 8, 15).</summary>
internal static class UpwardRules
{
    private static readonly HashSet<DocumentType> UpwardTypes = [DocumentType.Request, DocumentType.Report, DocumentType.Opinion, DocumentType.Motion];

    public static IEnumerable<RuleFinding> Check(DraftFacts draft, RuleSettings settings)
    {
        if (draft.Direction == Direction.Upward || draft.Type == DocumentType.Request)
        {
            var subordinateDepartment = draft.CopyRecipientIds.Any(draft.SubordinateIds.Contains);
            // A collective name addresses subordinates only for an agency that has some (区政府, a 街道), not for a 局.
            var subordinateWord = draft.SubordinateIds.Count == 0 ? null
                : settings.SubordinateWords.FirstOrDefault(w => (draft.CopyRecipients ?? "").Contains(w, StringComparison.Ordinal));
            if (subordinateDepartment || subordinateWord is not null)
            {
                var which = subordinateWord is null ? "抄送机关中有本机关的下级单位" : $"抄送机关中的“{subordinateWord}”指向下级单位";
                yield return new("documents.upward_copied_to_subordinate", "CopyRecipients",
                    $"上行文和请示不抄送下级机关：{which}。", "条例第十五条（一）", true);
            }
        }

        if (draft.Direction == Direction.Upward && !UpwardTypes.Contains(draft.Type))
        {
            yield return new("documents.upward_type", "Type",
                $"上行文一般使用请示、报告、意见等文种，{DocumentNames.Of(draft.Type)}不宜向上级机关行文，请核对文种和行文方向。", "条例第八条", false);
        }
    }
}
