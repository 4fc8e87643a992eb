using System.Security.Cryptography;
using System.Text;
using EGov.Platform.Crypto;

namespace EGov.Interaction.Letters.Writing.Registration;

/// <summary>
/// 查询码: 8 characters shown once on the receipt. Only SM3(letter id ‖ code) is stored, so the table alone does not
/// let anyone read a letter; the check runs in constant time.
/// </summary>
internal static class LetterQueryCode
{
    public const int Length = 8;

    /// <summary>No 0/O, 1/I/L: a code read over the phone or copied by hand stays unambiguous.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => new(RandomNumberGenerator.GetItems(Alphabet.AsSpan(), Length));

    public static string Hash(Guid letterId, string code)
        => Sm3.HashHex(Encoding.UTF8.GetBytes(letterId.ToString("N") + Normalize(code)));

    public static bool Matches(Guid letterId, string? code, string storedHash)
        => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(letterId, code ?? "")), Encoding.ASCII.GetBytes(storedHash ?? ""));

    /// <summary>People type codes in lower case, with spaces or hyphens.</summary>
    public static string Normalize(string code)
        => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    /// <summary>The Open311 token (<c>GET tokens/{token}</c>): random, unguessable, URL-safe.</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
