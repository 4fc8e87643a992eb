using EGov.Interaction.Domain.Letters;

namespace EGov.Interaction.Areas.Interaction.Pages.Writing;

/// <summary>The write form's own fields; the anonymous proof is bound separately.</summary>
internal sealed class LetterForm
{
    public LetterKind? Kind { get; set; }
    public string? Subject { get; set; }
    public string? Content { get; set; }
    public bool ConsentToPublish { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }

    /// <summary>The kinds with a short explanation, in the order of the form.</summary>
    public static readonly IReadOnlyList<(LetterKind Kind, string Hint)> Kinds =
    [
        (LetterKind.Consultation, "询问政策、办事程序等"),
        (LetterKind.Complaint, "反映自身权益受到侵害"),
        (LetterKind.Suggestion, "对工作提出意见和建议"),
        (LetterKind.HelpRequest, "遇到困难需要帮助解决"),
        (LetterKind.Report, "反映违法违规行为"),
    ];
}
