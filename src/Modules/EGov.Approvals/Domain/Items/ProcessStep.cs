namespace EGov.Approvals.Domain.Items;

/// <summary>办理流程: one step of the item's process with its own time limit.</summary>
internal sealed class ProcessStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ItemId { get; set; }
    public int Order { get; set; }

    /// <summary>The stage of an application this step covers; its limit runs while the application is in it.</summary>
    public StepStage Stage { get; set; }

    public string Name { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>The step's limit in working days; 0 means the same day.</summary>
    public int LimitDays { get; set; }
}
