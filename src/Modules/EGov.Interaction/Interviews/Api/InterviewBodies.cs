using EGov.Platform.Time;

namespace EGov.Interaction.Interviews.Api;

/// <summary>A question: 网名 (default 网友), the question; anonymous askers add the CAPTCHA id and answer.</summary>
internal sealed record QuestionBody(string? AskerName, string? Text, Guid? CaptchaId, string? CaptchaAnswer);

/// <summary>An interview to schedule or edit; times ISO 8601 with offset (stored in UTC).</summary>
internal sealed record InterviewBody(string? Title, string? Subject, string? Guests, string? Introduction, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, uint? Version)
{
    public InterviewInput Input() => new(Title, Subject, Guests, Introduction, Local(StartsAt), Local(EndsAt));

    private static DateTime? Local(DateTimeOffset? instant) => instant is { } i ? ChinaTime.ToLocal(i.UtcDateTime) : null;
}

internal sealed record VersionBody(uint? Version);

/// <summary>A post or an answer: the speaker (主持人, or a guest's name) and the words.</summary>
internal sealed record PostBody(string? Speaker, string? Text);

/// <summary>A post in the API (times ISO 8601 UTC).</summary>
internal sealed record PostResponse(int Sequence, string Speaker, string Text, string? Question, string? AskerName, DateTime At)
{
    public static PostResponse Of(PostView p) => new(p.Sequence, p.Speaker, p.Text, p.QuestionText, p.AskerName, p.At);
}
