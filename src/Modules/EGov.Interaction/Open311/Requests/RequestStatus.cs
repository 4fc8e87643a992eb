using EGov.Interaction.Domain.Letters;

namespace EGov.Interaction.Open311.Requests;

/// <summary>
/// GeoReport v2 has two statuses. <c>open</c> ("it has been reported"): registered, routed, being handled, reply under
/// review. <c>closed</c> ("it has been resolved"): replied, closed, merged into another letter, rejected. A replied
/// letter counts as resolved although the writer may still rate it; 不满意 reopens it once and it shows <c>open</c>
/// again. Held letters (sensitive-word review) are not registered and not shown at all.
/// </summary>
internal static class RequestStatus
{
    public const string Open = "open";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<LetterState> OpenStates = [LetterState.Registered, LetterState.Routed, LetterState.Handling, LetterState.ReplyReview];

    public static readonly IReadOnlyList<LetterState> ClosedStates = [LetterState.Replied, LetterState.Closed, LetterState.Merged, LetterState.Rejected];

    public static string Of(LetterState state) => OpenStates.Contains(state) ? Open : Closed;

    public static IReadOnlyList<LetterState> StatesOf(string status) => status == Open ? OpenStates : ClosedStates;
}
