namespace EGov.Portal.Authoring;

/// <summary>Chinese names of the workflow actions recorded in <c>ArticleTransition.Action</c>.</summary>
internal static class TransitionNames
{
    public static string Of(string action) => action switch
    {
        "create" => "新建",
        "submit" => "提交审核",
        "review" => "审核通过",
        "confidentiality_review" => "保密审查",
        "send_back" => "退回修改",
        "schedule" => "定时发布",
        "publish" => "发布",
        "withdraw" => "撤稿",
        "take_down" => "定时下线",
        "push" => "推送",
        _ => action,
    };
}
