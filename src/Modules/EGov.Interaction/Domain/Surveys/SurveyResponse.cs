namespace EGov.Interaction.Domain.Surveys;

/// <summary>One person's answers; <see cref="RespondentKey"/> is unique per survey (one answer per person).</summary>
internal sealed class SurveyResponse
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SurveyId { get; set; }

    /// <summary><c>account:{id}</c> for a signed-in person, <c>phone:{sm3}</c> for a verified phone.</summary>
    public string RespondentKey { get; set; } = "";

    public DateTime SubmittedAt { get; set; }
    public List<SurveyAnswer> Answers { get; set; } = [];
}

/// <summary>One chosen option, or the text of a text question.</summary>
internal sealed class SurveyAnswer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ResponseId { get; set; }
    public Guid QuestionId { get; set; }
    public Guid? OptionId { get; set; }
    public string? Text { get; set; }
}
