using System.Globalization;
using EGov.Platform.Calendar;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Platform.Validation;

/// <summary>
/// 公民身份号码 (GB 11643-1999): 6-digit region code, birth date YYYYMMDD, 3-digit sequence and a check
/// character from ISO 7064 MOD 11-2. A lowercase x is accepted and normalized to X.
/// </summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    // Provinces (GB/T 2260) and the residence permits of Hong Kong (81), Macao (82) and Taiwan (83) residents.
    private static readonly HashSet<int> Provinces =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
    ];

    public static bool IsValid(string? value) => Validate(value).IsSuccess;

    public static bool IsValid(string? value, DateOnly today) => Validate(value, today).IsSuccess;

    /// <summary>The normalized number (uppercase X), or why it is not valid; birth dates are checked against today in China.</summary>
    public static Result<string> Validate(string? value) => Validate(value, ChinaTime.Today(TimeProvider.System));

    public static Result<string> Validate(string? value, DateOnly today)
    {
        var number = value?.Trim().ToUpperInvariant() ?? "";
        if (number.Length != 18)
        {
            return Invalid("length", "身份证号码应为 18 位");
        }

        if (!number[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(number[17]) || number[17] == 'X'))
        {
            return Invalid("format", "身份证号码只能由数字组成，最后一位可以是 X");
        }

        if (!Provinces.Contains(int.Parse(number[..2], CultureInfo.InvariantCulture)))
        {
            return Invalid("region", "身份证号码的地区代码不正确");
        }

        if (!DateOnly.TryParseExact(number[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1800 || birth > today)
        {
            return Invalid("birth_date", "身份证号码中的出生日期不正确");
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (number[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11] == number[17] ? number : Invalid("check_digit", "身份证号码校验位不正确");
    }

    private static Error Invalid(string reason, string message) => Error.Validation($"validation.resident_id_{reason}", message);
}
