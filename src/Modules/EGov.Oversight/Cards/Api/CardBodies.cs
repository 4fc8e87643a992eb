using System.Globalization;

namespace EGov.Oversight.Cards.Api;

// Request bodies of the cards API. Version: the card's version the client last read; when given and the card changed
// since, the step is refused with 409 instead of overwriting.

internal sealed record AnswerBody(string? Explanation, long? Version);

/// <param name="Deadline">督办期限 as 2026-11-28.</param>
internal sealed record UrgeBody(string? Deadline, string? Note, long? Version)
{
    public DateOnly? Day => DateOnly.TryParseExact(Deadline?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <param name="Outcome"><c>close</c> (办结) or <c>return</c> (退回重新整改).</param>
internal sealed record DecideBody(string? Outcome, string? Decision, long? Version);
