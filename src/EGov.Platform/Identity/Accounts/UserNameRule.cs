using System.Text.RegularExpressions;

namespace EGov.Platform.Identity.Accounts;

/// <summary>Staff and administrator user names: lower-case letters first, then letters, digits, <c>. _ -</c>; 3–32 characters.</summary>
internal static partial class UserNameRule
{
    public static bool IsValid(string? userName) => userName is not null && Pattern().IsMatch(userName);

    [GeneratedRegex("^[a-z][a-z0-9._-]{2,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
