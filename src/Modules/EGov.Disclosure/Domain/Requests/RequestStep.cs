namespace EGov.Disclosure.Domain.Requests;

/// <summary>
/// One step in a request's history: what happened, when, and what the applicant sees of it. Every state change and
/// clock event adds one (and an audit entry).
/// </summary>
internal sealed class RequestStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }

    /// <summary>Stable code, e.g. <c>received</c>, <c>correction_sent</c>, <c>extended</c>, <c>replied</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The step's Chinese title, e.g. 发出补正告知.</summary>
    public string Title { get; set; } = "";

    /// <summary>What the applicant reads about it.</summary>
    public string? PublicNote { get; set; }

    /// <summary>Opinions and notes for staff only (审核意见, internal remarks).</summary>
    public string? InternalNote { get; set; }

    public DateTime At { get; set; }

    /// <summary>The legal date of the step (e.g. the receipt date), which may differ from the day it was recorded.</summary>
    public DateOnly Date { get; set; }

    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public RequestState StateAfter { get; set; }
}
