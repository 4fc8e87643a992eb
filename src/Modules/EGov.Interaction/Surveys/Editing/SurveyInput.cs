using System.Text.Json.Serialization;
using EGov.Interaction.Domain.Surveys;

namespace EGov.Interaction.Surveys.Editing;

/// <summary>What an editor fills in for a survey.</summary>
internal sealed class SurveyInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
    public Guid? DepartmentId { get; set; }
    public uint Version { get; set; }
    public List<QuestionInput> Questions { get; set; } = [];
}

/// <summary>One question; <see cref="Options"/> only for choice questions.</summary>
internal sealed class QuestionInput
{
    public string? Text { get; set; }
    [JsonConverter(typeof(JsonStringEnumConverter<QuestionKind>))]
    public QuestionKind Kind { get; set; }
    public bool IsRequired { get; set; } = true;
    public List<string> Options { get; set; } = [];
}
