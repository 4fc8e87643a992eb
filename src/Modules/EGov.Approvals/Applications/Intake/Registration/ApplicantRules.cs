using System.Net.Mail;
using EGov.Approvals.Applications.Intake.Forms;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Validation;

namespace EGov.Approvals.Applications.Intake.Registration;

/// <summary>Checks the applicant's data: identity number by kind (resident ID or 统一社会信用代码), phone, e-mail, address.</summary>
internal static class ApplicantRules
{
    private const int NameLength = 100;

    /// <summary>The whole applicant as a window clerk types it.</summary>
    public static ApplicantData? Window(ApplicantInput input, DateOnly today, IntakeErrors errors)
    {
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(Key(nameof(input.Kind)), "请选择申请人类型。");
        }

        var name = Required(input.Name, nameof(input.Name), "请填写申请人姓名或单位名称。", NameLength, errors);
        var number = IdentityNumber(input.Kind ?? ApplicantKind.NaturalPerson, input.IdentityNumber, today, errors);
        var contact = Contact(input, errors);
        var legal = Optional(input.LegalRepresentative, nameof(input.LegalRepresentative), NameLength, errors);
        return errors.Any || input.Kind is null
            ? null
            : new ApplicantData(input.Kind.Value, name!, number!, legal, contact.Agent, contact.Phone!, contact.Email, contact.Address);
    }

    /// <summary>The contact fields an online applicant may change from their profile.</summary>
    public static (string? Phone, string? Email, string? Address, string? Agent) Contact(ApplicantInput input, IntakeErrors errors)
    {
        var phone = input.Phone?.Trim() ?? "";
        if (phone.Length == 0)
        {
            errors.Add(Key(nameof(input.Phone)), "请填写联系电话。");
        }
        else if (!PhoneNumber.IsValid(phone))
        {
            errors.Add(Key(nameof(input.Phone)), PhoneNumber.Message);
        }

        var email = input.Email?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > 200 || !MailAddress.TryCreate(email, out _)))
        {
            errors.Add(Key(nameof(input.Email)), "电子邮箱格式不正确。");
        }

        var address = Required(input.Address, nameof(input.Address), "请填写联系地址。", FieldLimits.Address, errors);
        var agent = Optional(input.AgentName, nameof(input.AgentName), NameLength, errors);
        return (phone, string.IsNullOrEmpty(email) ? null : email, address, agent);
    }

    public static string Key(string property) => ApplicantInput.Prefix + property;

    private static string? IdentityNumber(ApplicantKind kind, string? value, DateOnly today, IntakeErrors errors)
    {
        var result = kind == ApplicantKind.NaturalPerson ? ResidentIdNumber.Validate(value, today) : UnifiedSocialCreditCode.Validate(value);
        if (!result.IsSuccess)
        {
            errors.Add(Key(nameof(ApplicantInput.IdentityNumber)), result.Error!.Message);
            return null;
        }

        return result.Value;
    }

    private static string? Required(string? value, string property, string missing, int max, IntakeErrors errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(Key(property), missing);
            return null;
        }

        return Optional(text, property, max, errors);
    }

    private static string? Optional(string? value, string property, int max, IntakeErrors errors)
    {
        var text = value?.Trim();
        if (text is { Length: > 0 } && text.Length > max)
        {
            errors.Add(Key(property), $"不能超过 {max} 个字。");
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }
}
