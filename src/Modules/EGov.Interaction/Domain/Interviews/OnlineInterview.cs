namespace EGov.Interaction.Domain.Interviews;

/// <summary>在线访谈: a scheduled conversation with guests on a subject; questions come before and during it.</summary>
internal sealed class OnlineInterview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DepartmentId { get; set; }
    public string Title { get; set; } = "";
    public string Subject { get; set; } = "";

    /// <summary>嘉宾: names and posts, one per line.</summary>
    public string Guests { get; set; } = "";

    public string Introduction { get; set; } = "";
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public InterviewState State { get; set; }

    /// <summary>When the transcript was archived (after the end); the page then shows it as the record.</summary>
    public DateTime? ArchivedAt { get; set; }

    public uint Version { get; set; }
}

internal enum InterviewState
{
    /// <summary>Being prepared; not on the portal.</summary>
    Draft,

    /// <summary>预告: on the portal, questions taken.</summary>
    Announced,

    /// <summary>直播中.</summary>
    Live,

    /// <summary>已结束: transcript archived.</summary>
    Ended,
}
