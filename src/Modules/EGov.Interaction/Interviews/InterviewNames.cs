using EGov.Interaction.Domain.Interviews;

namespace EGov.Interaction.Interviews;

/// <summary>Chinese names of the interview and question states.</summary>
internal static class InterviewNames
{
    public const string Host = "主持人";

    public static string Of(InterviewState state) => state switch
    {
        InterviewState.Draft => "筹备中",
        InterviewState.Announced => "预告",
        InterviewState.Live => "直播中",
        _ => "已结束",
    };

    public static string Of(QuestionState state) => state switch
    {
        QuestionState.Pending => "待处理",
        QuestionState.Answered => "已回答",
        _ => "未采用",
    };
}
