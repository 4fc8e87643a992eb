namespace EGov.Platform.Organization.Positions;

/// <summary>岗位: a staff account working in a department with a title (科员, 科长, 副局长…). A person may hold several.</summary>
internal sealed class Position
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid DepartmentId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The position a sign-in starts in; one per person.</summary>
    public bool IsPrimary { get; set; }

    public DateTime CreatedAt { get; set; }
}
