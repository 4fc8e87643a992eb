using EGov.Oversight.Domain;

namespace EGov.Oversight.Cards;

/// <summary>Chinese names of card levels and states for screens and exports; lower-case codes for the API.</summary>
internal static class CardNames
{
    public static string Of(CardLevel level) => level == CardLevel.Red ? "红牌" : "黄牌";

    public static string Of(CardState state) => state switch
    {
        CardState.Open => "待整改",
        CardState.Answered => "已说明，待决定",
        CardState.Closed => "已办结",
        _ => "已升级为红牌",
    };

    public static string Code(CardLevel level) => level.ToString().ToLowerInvariant();

    public static string Code(CardState state) => state.ToString().ToLowerInvariant();
}
