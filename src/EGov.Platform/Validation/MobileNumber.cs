using EGov.Platform.Results;

namespace EGov.Platform.Validation;

/// <summary>A mainland China mobile number: 11 digits beginning 13–19.</summary>
public static class MobileNumber
{
    public static bool IsValid(string? value) => Validate(value).IsSuccess;

    public static Result<string> Validate(string? value)
    {
        var number = value?.Trim() ?? "";
        return number.Length == 11 && number[0] == '1' && number[1] is >= '3' and <= '9' && number.All(char.IsAsciiDigit)
            ? number
            : Error.Validation("validation.mobile_invalid", "手机号码应为 11 位数字，以 13 至 19 开头");
    }
}
