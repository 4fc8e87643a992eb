using System.Text.RegularExpressions;

namespace EGov.Platform.Verification;

/// <summary>A purpose names the form a code is for (<c>interaction.letter</c>): lower-case letters, digits, dots, underscores.</summary>
internal static partial class VerificationPurpose
{
    public static bool IsValid(string? purpose) => purpose is { Length: > 0 and <= 60 } && Pattern().IsMatch(purpose);

    [GeneratedRegex("^[a-z0-9_.]+$")]
    private static partial Regex Pattern();
}
