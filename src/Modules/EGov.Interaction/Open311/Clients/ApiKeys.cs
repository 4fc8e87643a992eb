using System.Security.Cryptography;
using System.Text;
using EGov.Platform.Crypto;

namespace EGov.Interaction.Open311.Clients;

/// <summary>
/// Open311 API keys: 32 random bytes in base64url, shown once at issue. Only SM3 (hex) is stored, with the first
/// characters to tell keys apart on screen.
/// </summary>
internal static class ApiKeys
{
    public const int PrefixLength = 8;

    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Sm3.HashHex(Encoding.UTF8.GetBytes(key ?? ""));

    public static string Prefix(string key) => key.Length <= PrefixLength ? key : key[..PrefixLength];

    /// <summary>Compares in constant time, so the answer's timing tells nothing about the stored hash.</summary>
    public static bool Matches(string key, string storedHash)
        => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash ?? ""));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
