using EGov.Portal.Domain.Sites;

namespace EGov.Portal.Authoring.Sites;

/// <summary>Chinese names of the home block layouts.</summary>
internal static class BlockNames
{
    public static string Of(HomeBlockLayout layout) => layout switch
    {
        HomeBlockLayout.List => "标题列表",
        HomeBlockLayout.Headline => "头条加列表",
        HomeBlockLayout.Cards => "卡片",
        _ => layout.ToString(),
    };
}
