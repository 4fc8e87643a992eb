using System.Security.Cryptography;

namespace EGov.Approvals.Licences.Issuing;

/// <summary>The random token of a licence's verification URL: 128 bits, so that licences cannot be enumerated.</summary>
internal static class VerificationCodes
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsWellFormed(string? code) => code is { Length: 32 } && code.All(char.IsAsciiHexDigitLower);
}
