using EGov.Oversight.Domain;
using EGov.Platform.Clocks;

namespace EGov.Oversight.Board;

/// <summary>Chinese words for a clock's facts on the drill-down page and in the API.</summary>
internal static class ClockDisplay
{
    public static string Unit(LimitUnit unit) => unit switch
    {
        LimitUnit.WorkingDays => "个工作日",
        LimitUnit.CalendarDays => "日",
        LimitUnit.Months => "个月",
        _ => "小时",
    };

    public static string Event(string kind) => kind switch
    {
        "started" => "开始计时",
        "paused" => "暂停计时",
        "resumed" => "恢复计时",
        "extended" => "延长期限",
        "restarted" => "重新计时",
        "stopped" => "停止计时",
        "recomputed" => "重新计算",
        _ => kind,
    };

    public static string State(ClockState state) => state switch
    {
        ClockState.Running => "计时中",
        ClockState.Paused => "暂停中",
        _ => "已停止",
    };

    public static string CardLevel(CardLevel level) => level == Domain.CardLevel.Red ? "红牌" : "黄牌";

    public static string CardState(CardState state) => state switch
    {
        Domain.CardState.Open => "待整改",
        Domain.CardState.Answered => "已说明",
        Domain.CardState.Closed => "已办结",
        _ => "已升级",
    };
}
