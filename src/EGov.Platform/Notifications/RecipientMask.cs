using EGov.Platform.PersonalData;

namespace EGov.Platform.Notifications;

/// <summary>A recipient as the logs may show it: <c>138****0001</c>, <c>z***@example.com</c>.</summary>
public static class RecipientMask
{
    public static string Of(string recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var at = recipient.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? Masking.Phone(recipient) ?? "" : $"{recipient[..Math.Min(1, at)]}***{recipient[at..]}";
    }
}
