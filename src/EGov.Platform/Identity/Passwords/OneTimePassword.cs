using System.Security.Cryptography;

namespace EGov.Platform.Identity.Passwords;

/// <summary>
/// Random passwords for new accounts and resets, shown once and changed at the first sign-in. 16 characters from the
/// CSPRNG with all four classes, without look-alikes (0/O, 1/l/I) so they can be read out over the phone.
/// </summary>
internal static class OneTimePassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#$%*+-=?@";
    private const int MinLength = 16;

    public static string Create(int policyMinLength = 0)
    {
        string[] classes = [Upper, Lower, Digits, Symbols];
        var all = string.Concat(classes);
        var chars = new char[Math.Max(MinLength, policyMinLength)];
        for (var i = 0; i < chars.Length; i++)
        {
            var pool = i < classes.Length ? classes[i] : all;
            chars[i] = pool[RandomNumberGenerator.GetInt32(pool.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
