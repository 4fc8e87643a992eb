using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;

namespace EGov.Documents.Incoming;

/// <summary>Enumeration values as typed in forms and API bodies: the code (<c>notice</c>) or the Chinese name (<c>通知</c>).</summary>
internal static class IncomingParse
{
    public static T? Of<T>(string? value, Func<T, string> chinese)
        where T : struct, Enum
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase) || chinese(candidate) == text)
            {
                return candidate;
            }
        }

        return null;
    }

    public static DocumentType? Type(string? value) => Of<DocumentType>(value, DocumentNames.Of);

    /// <summary>Empty means 非急件 (<see cref="Urgency.Normal"/>).</summary>
    public static Urgency? Urgency(string? value) => string.IsNullOrWhiteSpace(value) ? Domain.Urgency.Normal : Of<Urgency>(value, DocumentNames.Of);

    public static Secrecy? Secrecy(string? value) => string.IsNullOrWhiteSpace(value) ? Domain.Secrecy.None : Of<Secrecy>(value, DocumentNames.Of);

    public static Retention? Retention(string? value) => Of<Retention>(value, DocumentNames.Of);

    public static RecipientRole? RecipientRole(string? value) => string.IsNullOrWhiteSpace(value) ? Domain.Incoming.RecipientRole.Main : Of<RecipientRole>(value, IncomingNames.Of);

    /// <summary>初审 outcome: reading, instruction, or return (null).</summary>
    public static (bool Ok, HandlingKind? Kind) Outcome(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "reading" => (true, HandlingKind.Reading),
        "instruction" => (true, HandlingKind.Instruction),
        "return" => (true, null),
        _ => (false, null),
    };
}
