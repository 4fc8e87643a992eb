using EGov.Interaction.Interviews;

namespace EGov.Interaction.Areas.Interaction.Pages.Interviews.Office;

/// <summary>The fields of the schedule form; times as typed in Beijing time.</summary>
internal sealed class InterviewForm
{
    public string? Title { get; set; }
    public string? Subject { get; set; }
    public string? Guests { get; set; }
    public string? Introduction { get; set; }
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public uint? Version { get; set; }

    public InterviewInput Input() => new(Title, Subject, Guests, Introduction, StartsAt, EndsAt);

    public static InterviewForm Of(InterviewDetail i) => new()
    {
        Title = i.Title,
        Subject = i.Subject,
        Guests = string.Join('\n', i.Guests.Select(g => $"{g.Name} {g.Post}".Trim())),
        Introduction = i.Introduction,
        StartsAt = EGov.Platform.Time.ChinaTime.ToLocal(i.StartsAt),
        EndsAt = EGov.Platform.Time.ChinaTime.ToLocal(i.EndsAt),
        Version = i.Version,
    };
}
