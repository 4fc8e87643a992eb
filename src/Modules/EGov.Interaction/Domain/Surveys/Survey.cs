namespace EGov.Interaction.Domain.Surveys;

/// <summary>在线调查: questions answered once per person between two dates; results charted after closing.</summary>
internal sealed class Survey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DepartmentId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public bool IsPublished { get; set; }
    public DateTime CreatedAt { get; set; }
    public uint Version { get; set; }
    public List<SurveyQuestion> Questions { get; set; } = [];
}

internal sealed class SurveyQuestion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SurveyId { get; set; }
    public int Order { get; set; }
    public string Text { get; set; } = "";
    public QuestionKind Kind { get; set; }
    public bool IsRequired { get; set; } = true;
    public List<SurveyOption> Options { get; set; } = [];
}

internal sealed class SurveyOption
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid QuestionId { get; set; }
    public int Order { get; set; }
    public string Text { get; set; } = "";
}

internal enum QuestionKind
{
    SingleChoice,
    MultipleChoice,
    Text,
}
