using EGov.Platform.Results;

namespace EGov.Interaction.Letters.Writing.Rating;

internal static class RatingErrors
{
    public static readonly Error NotReplied = Error.Validation("interaction.letter_not_rateable", "信件尚未答复或已办结，不能评价。");
    public static readonly Error Merged = Error.Validation("interaction.letter_merged", "该信件已与其他信件合并办理，请对合并后的信件评价。");
    public static readonly Error AlreadyRated = Error.Conflict("interaction.letter_already_rated", "本次答复已评价，不能重复评价。");
    public static readonly Error UnknownSatisfaction = Error.Validation("interaction.satisfaction_invalid", "请选择满意、基本满意或不满意。");
    public static readonly Error CommentTooLong = Error.Validation("interaction.rating_comment_too_long", $"评价意见不能超过 {RateLetterHandler.CommentMax} 个字。");
}
