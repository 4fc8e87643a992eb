using EGov.Platform.Verification;

namespace EGov.Interaction.Surveys.Answering;

/// <summary>The answer to one question: the chosen options, or the text.</summary>
internal sealed record AnswerInput(Guid QuestionId, IReadOnlyList<Guid>? OptionIds, string? Text);

/// <summary>A filled-in survey; an anonymous respondent brings the proof of their phone.</summary>
internal sealed class ResponseInput
{
    public List<AnswerInput> Answers { get; set; } = [];
    public AnonymousProof? Proof { get; set; }
}
