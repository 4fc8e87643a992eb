using EGov.Documents.Domain;

namespace EGov.Documents.Rules;

/// <summary>请示: one main recipient, one matter, and sent upward (条例 Art. 8, 15).</summary>
internal static class RequestRules
{
    private const string OneMatterArticle = "条例第十五条（四）";

    public static IEnumerable<RuleFinding> Check(DraftFacts draft)
    {
        if (draft.Type != DocumentType.Request)
        {
            yield break;
        }

        var names = RecipientNames.Split(draft.MainRecipients);
        if (names.Count != 1 || RecipientNames.IsCollective(names[0]) || draft.MainRecipientIds.Count > 1)
        {
            yield return new("documents.request_one_main_recipient", "MainRecipients",
                "请示只能主送一个上级机关，不能主送多个机关或使用统称。", "条例第十五条（一）", true);
        }

        if (draft.Direction != Direction.Upward)
        {
            yield return new("documents.request_upward", "Direction", "请示是向上级机关请求指示、批准的公文，行文方向应为上行文。", "条例第八条（十一）", false);
        }

        if (LooksLikeSeveralMatters(draft.Title))
        {
            yield return new("documents.request_one_matter", "Title",
                "请示应当一文一事；标题看起来涉及多个事项，请核对。系统只能提示，不能完全判断。", OneMatterArticle, false);
        }
    }

    /// <summary>关于A和B的请示, 关于A、B的请示, 关于A及B的请示: the title joins matters.</summary>
    private static bool LooksLikeSeveralMatters(string title)
    {
        var start = title.IndexOf("关于", StringComparison.Ordinal);
        var end = title.LastIndexOf("请示", StringComparison.Ordinal);
        if (start < 0 || end <= start)
        {
            return false;
        }

        var matter = title[(start + 2)..end];
        return matter.Contains('和', StringComparison.Ordinal) || matter.Contains('、', StringComparison.Ordinal)
            || matter.Contains('及', StringComparison.Ordinal) || matter.Contains('并', StringComparison.Ordinal);
    }
}
