using EGov.Platform.Crypto;

namespace EGov.Platform.Identity.Profiles;

/// <summary>
/// Lookup value for a personal-data column: SM3 of the normalised value. Stand-in for the keyed blind index
/// (<c>PersonalDataProtector.BlindIndex</c>) of the personal-data branch, which replaces this at merge; an unkeyed hash of
/// an 18-digit ID number can be brute-forced, a keyed one cannot.
/// </summary>
internal static class ProfileIndex
{
    public static string Of(string value) => Sm3.HashHex(System.Text.Encoding.UTF8.GetBytes(Normalize(value)));

    public static string Normalize(string value) => value.Trim().ToUpperInvariant();
}
