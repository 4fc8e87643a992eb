using System.Security.Cryptography;
using System.Text;
using EGov.Platform.Crypto;

namespace EGov.Disclosure.Requests.Intake.Receipt;

/// <summary>
/// 查询码: 8 characters printed once on the receipt. Only SM3(request id ‖ code) is stored, so the table alone does
/// not let anyone follow a request; the check runs in constant time.
/// </summary>
internal static class QueryCode
{
    public const int Length = 8;

    /// <summary>No 0/O, 1/I/L: a code read over the phone or copied by hand stays unambiguous.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => new(RandomNumberGenerator.GetItems(Alphabet.AsSpan(), Length));

    public static string Hash(Guid requestId, string code)
        => Sm3.HashHex(Encoding.UTF8.GetBytes(requestId.ToString("N") + Normalize(code)));

    public static bool Matches(Guid requestId, string? code, string storedHash)
    {
        var actual = Encoding.ASCII.GetBytes(Hash(requestId, code ?? ""));
        return CryptographicOperations.FixedTimeEquals(actual, Encoding.ASCII.GetBytes(storedHash));
    }

    /// <summary>People type codes in lower case and with spaces.</summary>
    public static string Normalize(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
