namespace EGov.Approvals.Domain.Applications;

/// <summary>One step in an application's history (过程): what happened, when, by whom, and what the applicant reads of it.</summary>
internal sealed class ApplicationStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; set; }

    /// <summary>Stable code, e.g. <c>submitted</c>, <c>correction_sent</c>, <c>accepted</c>, <c>deemed_accepted</c>, <c>decided</c>.</summary>
    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";
    public string? PublicNote { get; set; }

    /// <summary>Review opinions and notes for staff only.</summary>
    public string? InternalNote { get; set; }

    public DateTime At { get; set; }

    /// <summary>The legal date of the step (e.g. the acceptance date).</summary>
    public DateOnly Date { get; set; }

    /// <summary>The due date shown with the step (e.g. the decision due date after acceptance).</summary>
    public DateOnly? DueDate { get; set; }

    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public ApplicationState StateAfter { get; set; }
}
