using EGov.Platform.Results;

namespace EGov.Platform.Clocks;

internal static class ClockErrors
{
    public static readonly Error InvalidLimit = Error.Validation("clock.invalid_limit", "时限必须是正整数");
    public static readonly Error Stopped = Error.Conflict("clock.stopped", "计时已结束，不能再变更");
    public static readonly Error AlreadyPaused = Error.Conflict("clock.already_paused", "计时已暂停，请先恢复计时");
    public static readonly Error NotPaused = Error.Conflict("clock.not_paused", "计时未暂停，无需恢复");
    public static readonly Error UnknownPauseReason = Error.Validation("clock.unknown_pause_reason", "暂停计时的原因不在规定范围内");
    public static readonly Error InvalidExtension = Error.Validation("clock.invalid_extension", "延期必须是正整数，并注明理由和批准人");
    public static readonly Error MissingCase = Error.Validation("clock.missing_case", "计时必须属于某一模块的某一办件，并有标题");

    public static Error BeforeStart(DateOnly date, DateOnly start)
        => Error.Validation("clock.date_before_start", $"日期 {date:yyyy-MM-dd} 早于计时起算日 {start:yyyy-MM-dd}");

    public static Error BeforePause(DateOnly date, DateOnly pause)
        => Error.Validation("clock.resume_before_pause", $"恢复计时日期 {date:yyyy-MM-dd} 早于暂停日期 {pause:yyyy-MM-dd}");
}
