using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Time;
using EGov.Platform.Validation;

namespace EGov.Disclosure.Requests.Intake.Applications;

/// <summary>The content 条例 第二十九条第二款 requires, checked field by field with Chinese messages.</summary>
internal sealed class ApplicationValidator(AgencyDirectory agencies, TimeProvider time)
{
    public const int MaxDescription = 2000;

    /// <summary>Null when <paramref name="errors"/> received at least one message.</summary>
    /// <param name="online">An agency may close its online channel; in person and by post it may never refuse (国办公开办函〔2017〕19号).</param>
    public async Task<ValidApplication?> ValidateAsync(RequestApplication input, bool online, FieldErrors errors, CancellationToken cancellationToken)
    {
        var agency = await AgencyAsync(input.AgencyCode, online, errors, cancellationToken);
        if (input.ApplicantType is not { } type || !Enum.IsDefined(type))
        {
            errors.Add(nameof(input.ApplicantType), "请选择申请人类型。");
        }

        var isPerson = input.ApplicantType is null or ApplicantType.NaturalPerson;
        var name = Required(input.ApplicantName, nameof(input.ApplicantName), isPerson ? "申请人姓名" : "申请人名称", 100, errors);
        var (kind, number) = Identity(input, isPerson, errors);
        var representative = isPerson ? null : Required(input.LegalRepresentative, nameof(input.LegalRepresentative), "法定代表人或负责人", 50, errors);
        var contact = isPerson ? null : Required(input.ContactName, nameof(input.ContactName), "联系人", 50, errors);
        var phone = Required(input.Phone, nameof(input.Phone), "联系电话", 30, errors);
        if (phone.Length > 0 && !ContactRules.IsPhone(phone))
        {
            errors.Add(nameof(input.Phone), "请填写有效的手机号码或固定电话（如 0717-6221234）。");
        }

        var (email, address, postalCode) = Delivery(input, errors);
        var description = Required(input.Description, nameof(input.Description), "所需政府信息的名称、文号或特征描述", MaxDescription, errors);
        if (input.InformationForm is not { } form || !Enum.IsDefined(form))
        {
            errors.Add(nameof(input.InformationForm), "请选择所需信息的载体形式。");
        }

        return errors.Any
            ? null
            : new ValidApplication(agency!, input.ApplicantType!.Value, name, kind, number, representative, contact, phone, email, address, postalCode,
                description, input.InformationForm!.Value, input.DeliveryMethod!.Value);
    }

    private async Task<AgencyInfo?> AgencyAsync(string? code, bool online, FieldErrors errors, CancellationToken cancellationToken)
    {
        var agency = string.IsNullOrWhiteSpace(code) ? null : await agencies.FindByCodeAsync(code.Trim(), cancellationToken);
        if (agency is null)
        {
            errors.Add(nameof(RequestApplication.AgencyCode), "请选择受理申请的行政机关。");
        }
        else if (online && !agency.Settings.AcceptsRequests)
        {
            errors.Add(nameof(RequestApplication.AgencyCode), $"{agency.Name}目前不受理网上申请，请选择其他机关或当面、邮寄提交。");
        }

        return agency;
    }

    private (string Kind, string Number) Identity(RequestApplication input, bool isPerson, FieldErrors errors)
    {
        var kinds = isPerson ? IdentityDocuments.ForPersons : IdentityDocuments.ForOrganizations;
        var kind = input.IdentityDocumentKind?.Trim() ?? "";
        if (!kinds.Contains(kind))
        {
            errors.Add(nameof(input.IdentityDocumentKind), $"请选择身份证明类型（{string.Join("、", kinds)}）。");
        }

        var number = Required(input.IdentityNumber, nameof(input.IdentityNumber), "证件号码", 50, errors).ToUpperInvariant();
        var check = (kind, number.Length) switch
        {
            (_, 0) => null,
            (IdentityDocuments.ResidentId, _) => ResidentIdNumber.Validate(number, ChinaTime.Today(time)).Error,
            (IdentityDocuments.CreditCode, _) => UnifiedSocialCreditCode.Validate(number).Error,
            _ => null,
        };
        if (check is not null)
        {
            errors.Add(nameof(input.IdentityNumber), check.Message);
        }

        return (kind, number);
    }

    private static (string? Email, string? Address, string? PostalCode) Delivery(RequestApplication input, FieldErrors errors)
    {
        var email = Optional(input.Email, nameof(input.Email), "电子邮箱", 200, errors);
        var address = Optional(input.Address, nameof(input.Address), "通信地址", 200, errors);
        var postalCode = Optional(input.PostalCode, nameof(input.PostalCode), "邮政编码", 6, errors);
        if (email is not null && !ContactRules.IsEmail(email))
        {
            errors.Add(nameof(input.Email), "电子邮箱格式不正确。");
        }

        if (postalCode is not null && !ContactRules.IsPostalCode(postalCode))
        {
            errors.Add(nameof(input.PostalCode), "邮政编码应为 6 位数字。");
        }

        switch (input.DeliveryMethod)
        {
            case null:
            case { } method when !Enum.IsDefined(method):
                errors.Add(nameof(input.DeliveryMethod), "请选择获取信息的方式。");
                break;
            case DeliveryMethod.Post when address is null:
                errors.Add(nameof(input.Address), "选择邮寄的，请填写通信地址。");
                break;
            case DeliveryMethod.Email when email is null:
                errors.Add(nameof(input.Email), "选择电子邮件的，请填写电子邮箱。");
                break;
        }

        return (email, address, postalCode);
    }

    private static string Required(string? value, string field, string label, int max, FieldErrors errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(field, $"请填写{label}。");
        }
        else if (text.Length > max)
        {
            errors.Add(field, $"{label}不能超过 {max} 个字。");
        }

        return text;
    }

    private static string? Optional(string? value, string field, string label, int max, FieldErrors errors)
    {
        var text = value?.Trim();
        if (text is { Length: > 0 } && text.Length > max)
        {
            errors.Add(field, $"{label}不能超过 {max} 个字。");
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }
}
