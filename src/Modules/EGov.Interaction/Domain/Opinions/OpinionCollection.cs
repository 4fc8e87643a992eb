namespace EGov.Interaction.Domain.Opinions;

/// <summary>意见征集 on a draft policy: open between two dates, the draft attached, 采纳情况 published after closing.</summary>
internal sealed class OpinionCollection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DepartmentId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Sanitized HTML: the purpose, the questions put and how to take part.</summary>
    public string Description { get; set; } = "";

    /// <summary>The draft (征求意见稿), a platform attachment.</summary>
    public Guid? DraftAttachmentId { get; set; }

    public string? DraftFileName { get; set; }
    public DateOnly OpensOn { get; set; }

    /// <summary>The last day opinions are taken.</summary>
    public DateOnly ClosesOn { get; set; }

    /// <summary>Visible on the portal (it is open between the dates).</summary>
    public bool IsPublished { get; set; }

    /// <summary>采纳情况: published after closing.</summary>
    public string? FeedbackSummary { get; set; }

    public DateTime? FeedbackPublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public uint Version { get; set; }
}
