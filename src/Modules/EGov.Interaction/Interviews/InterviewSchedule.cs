using EGov.Platform.Results;

namespace EGov.Interaction.Interviews;

/// <summary>What staff enter to schedule or edit an interview; times as read on the form in Beijing time.</summary>
internal sealed record InterviewInput(string? Title, string? Subject, string? Guests, string? Introduction, DateTime? StartsAtLocal, DateTime? EndsAtLocal);

/// <summary>Checked input: trimmed text, the guest list normalised, the times in UTC.</summary>
internal sealed record InterviewSchedule(string Title, string Subject, string Guests, string Introduction, DateTime StartsAt, DateTime EndsAt)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static Result<InterviewSchedule> Check(InterviewInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            return InterviewErrors.Required("Title", "访谈标题");
        }

        if (string.IsNullOrWhiteSpace(input.Subject))
        {
            return InterviewErrors.Required("Subject", "访谈主题");
        }

        var guests = InterviewGuest.Normalize(input.Guests);
        if (guests.Length == 0)
        {
            return InterviewErrors.Required("Guests", "嘉宾（每行一位：姓名 职务）");
        }

        if (input.StartsAtLocal is not { } starts || input.EndsAtLocal is not { } ends)
        {
            return InterviewErrors.Required(input.StartsAtLocal is null ? "StartsAt" : "EndsAt", "访谈开始和结束时间");
        }

        if (ends <= starts)
        {
            return InterviewErrors.Invalid("EndsAt", "结束时间应晚于开始时间。");
        }

        return Fits(input.Title, 200, "Title", "访谈标题")
            ?? Fits(input.Subject, 500, "Subject", "访谈主题")
            ?? Fits(guests, 1000, "Guests", "嘉宾名单")
            ?? Fits(input.Introduction, 5000, "Introduction", "访谈简介")
            ?? (Result<InterviewSchedule>)new InterviewSchedule(
                input.Title.Trim(), input.Subject.Trim(), guests, input.Introduction?.Trim() ?? "", ToUtc(starts), ToUtc(ends));
    }

    /// <summary>China Standard Time is UTC+8 all year.</summary>
    public static DateTime ToUtc(DateTime local) => DateTime.SpecifyKind(DateTime.SpecifyKind(local, DateTimeKind.Unspecified) - ChinaOffset, DateTimeKind.Utc);

    private static Result<InterviewSchedule>? Fits(string? text, int max, string field, string what)
        => (text?.Trim().Length ?? 0) > max ? Result<InterviewSchedule>.Failure(InterviewErrors.Invalid(field, $"{what}不能超过{max}个字。")) : (Result<InterviewSchedule>?)null;
}
