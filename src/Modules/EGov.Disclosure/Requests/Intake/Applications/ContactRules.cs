using System.Net.Mail;
using System.Text.RegularExpressions;
using EGov.Platform.Validation;

namespace EGov.Disclosure.Requests.Intake.Applications;

/// <summary>Phone (mobile or landline), e-mail and postal code as the forms accept them.</summary>
internal static partial class ContactRules
{
    /// <summary>A mobile number, or a landline with an optional area code and extension (0717-6221234, 6221234-8001).</summary>
    public static bool IsPhone(string phone) => MobileNumber.IsValid(phone) || Landline().IsMatch(phone);

    public static bool IsEmail(string email) => email.Length <= 200 && MailAddress.TryCreate(email, out var address) && address.Address == email;

    public static bool IsPostalCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);

    [GeneratedRegex(@"^(0\d{2,3}-?)?[2-9]\d{6,7}(-\d{1,6})?$")]
    private static partial Regex Landline();
}
