using EGov.Oversight.Domain;

namespace EGov.Oversight.Cards.Reading;

/// <summary>One card for its page and the API: names, evidence, urges, and the steps the reader may take now.</summary>
internal sealed record CardDetail(
    Card Card,
    string RuleName,
    string ModuleName,
    string DepartmentName,
    IReadOnlyList<EvidenceLine> Evidence,
    IReadOnlyList<CardUrge> Urges,
    long? MinutesLeft,
    DateOnly Today,
    bool CanAnswer,
    bool CanUrge,
    bool CanDecide)
{
    /// <summary>The clock drill-down on the board, when the card was raised for a clock.</summary>
    public string? ClockUrl => Card.ClockId is { } clock ? $"/office/oversight/clocks/{clock}" : null;
}
