using EGov.Platform.Results;

namespace EGov.Interaction.Letters;

/// <summary>Business failures shared by the letter features; each feature adds its own next to it.</summary>
internal static class InteractionErrors
{
    public static readonly Error NotFound = Error.NotFound("interaction.letter_not_found", "信件不存在，或不在您的办理范围内。");
    public static readonly Error UnknownDepartment = Error.Validation("interaction.unknown_department", "承办部门不存在或已停用。");
    public static readonly Error NoRunningClock = Error.Conflict("interaction.no_running_clock", "信件的答复时限已停止计时，不能延期。");
    public static readonly Error Stale = Error.Conflict("interaction.letter_changed", "信件已被他人处理，请刷新后再试。");
}
