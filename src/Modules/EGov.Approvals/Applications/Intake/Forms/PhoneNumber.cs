using System.Text.RegularExpressions;
using EGov.Platform.Validation;

namespace EGov.Approvals.Applications.Intake.Forms;

/// <summary>A mobile number (platform rule) or a landline with its area code, e.g. <c>0717-6222222</c> or <c>07176222222-801</c>.</summary>
internal static partial class PhoneNumber
{
    public const string Message = "电话号码应为 11 位手机号码，或带区号的固定电话（如 0717-6222222）";

    public static bool IsValid(string value) => MobileNumber.IsValid(value) || Landline().IsMatch(value.Trim());

    [GeneratedRegex(@"^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$")]
    private static partial Regex Landline();
}
