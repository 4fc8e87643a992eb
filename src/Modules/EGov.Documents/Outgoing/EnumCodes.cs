using EGov.Documents.Domain;

namespace EGov.Documents.Outgoing;

/// <summary>Reads the enumerations from the API or a form: the member name in any case, or the Chinese name.</summary>
internal static class EnumCodes
{
    public static T? Parse<T>(string? text, Func<T, string> chinese)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (!int.TryParse(value, out _) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed))
        {
            return parsed;
        }

        return Enum.GetValues<T>().Where(v => chinese(v) == value).Select(v => (T?)v).FirstOrDefault();
    }

    public static string Code<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static DocumentType? Type(string? text) => Parse<DocumentType>(text, DocumentNames.Of);

    public static Direction? Direction(string? text) => Parse<Direction>(text, DocumentNames.Of);

    public static Secrecy? Secrecy(string? text) => Parse<Secrecy>(text, DocumentNames.Of);

    public static Urgency? Urgency(string? text) => Parse<Urgency>(text, u => u == Domain.Urgency.Normal ? "普通" : DocumentNames.Of(u));

    public static Publicity? Publicity(string? text) => Parse<Publicity>(text, DocumentNames.Of);

    public static PrintFormat? Format(string? text) => Parse<PrintFormat>(text, DocumentNames.Of);

    public static Retention? Retention(string? text) => Parse<Retention>(text, DocumentNames.Of);
}
