using System.Globalization;

namespace EGov.Platform.Identity;

/// <summary>Mainland mobile numbers: 11 digits, <c>1[3-9]</c> then 9 digits.</summary>
internal static class MobileFormat
{
    public static bool IsValid(string? value)
        => value is { Length: 11 } && value[0] == '1' && value[1] is >= '3' and <= '9' && value.All(char.IsAsciiDigit);
}

/// <summary>公民身份号码, GB 11643-1999: 17 digits (region, birth date, sequence) and an ISO 7064 MOD 11-2 check character.</summary>
internal static class ResidentIdCheck
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsValid(string? value)
    {
        if (value is not { Length: 18 } || !value[..17].All(char.IsAsciiDigit) || value[0] == '0')
        {
            return false;
        }

        if (!DateOnly.TryParseExact(value[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < 1900)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (value[i] - '0') * Weights[i];
        }

        return char.ToUpperInvariant(value[17]) == CheckCharacters[sum % 11];
    }
}

/// <summary>统一社会信用代码, GB 32100-2015: 17 characters from a 31-character set and an ISO 7064 MOD 31-3 check character.</summary>
internal static class CreditCodeCheck
{
    private const string Characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? value)
    {
        if (value is not { Length: 18 })
        {
            return false;
        }

        var upper = value.ToUpperInvariant();
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var code = Characters.IndexOf(upper[i], StringComparison.Ordinal);
            if (code < 0)
            {
                return false;
            }

            sum += code * Weights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return upper[17] == Characters[check];
    }
}
