namespace EGov.Portal.Workflow;

/// <summary>Settings of the editorial workflow (section <c>Portal</c>).</summary>
internal sealed class WorkflowOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// UNCONFIRMED local practice: the person who passed 审核 of a revision may not also do its 保密审查 (four eyes).
    /// </summary>
    public bool SeparateReviewers { get; set; } = true;

    /// <summary>How often the scheduler looks for articles to publish or take down.</summary>
    public int SchedulerSeconds { get; set; } = 30;

    /// <summary>
    /// Code of the department whose <c>portal.confidentiality_review</c> holders get the 保密审查 to-do items;
    /// empty means the site's own department.
    /// </summary>
    public string ConfidentialityReviewDepartment { get; set; } = "";
}
