using System.Net.Mail;
using EGov.Disclosure.Catalog;
using EGov.Platform.Numbering;
using EGov.Platform.Results;
using EGov.Platform.Validation;

namespace EGov.Disclosure.Agencies;

/// <summary>Checks the settings a manager typed: the guide fields of 条例 第十二条 and a usable 索引号 format.</summary>
internal static class AgencySettingsRules
{
    public static Error? Validate(AgencySettingsFields f, INumberingService numbering)
    {
        var errors = new CatalogFieldErrors()
            .Required(nameof(f.OfficeName), f.OfficeName, "政府信息公开工作机构名称", 100)
            .Required(nameof(f.Address), f.Address, "办公地址", 200)
            .Optional(nameof(f.OfficeHours), f.OfficeHours, "办公时间", 200)
            .Optional(nameof(f.Phone), f.Phone, "联系电话", 50)
            .Optional(nameof(f.Fax), f.Fax, "传真号码", 50)
            .Optional(nameof(f.GuideText), f.GuideText, "指南正文", 20000)
            .Required(nameof(f.IndexCode), f.IndexCode, "索引号机构代码", 40)
            .Required(nameof(f.IndexNumberFormat), f.IndexNumberFormat, "索引号格式", 100)
            .Required(nameof(f.OfficeDepartmentCode), f.OfficeDepartmentCode, "政府信息公开工作机构所在单位", 40);
        if (!string.IsNullOrWhiteSpace(f.PostalCode) && !(f.PostalCode.Trim().Length == 6 && f.PostalCode.Trim().All(char.IsAsciiDigit)))
        {
            errors.Add(nameof(f.PostalCode), "邮政编码应为 6 位数字。");
        }

        if (!string.IsNullOrWhiteSpace(f.Email) && !MailAddress.TryCreate(f.Email.Trim(), out _))
        {
            errors.Add(nameof(f.Email), "电子邮箱格式不正确。");
        }

        // An 18-character code is a 统一社会信用代码 and must carry a valid check character (GB 32100-2015).
        if (f.IndexCode?.Trim() is { Length: 18 } code && UnifiedSocialCreditCode.Validate(code) is { IsSuccess: false } invalid)
        {
            errors.Add(nameof(f.IndexCode), invalid.Error!.Message + "。");
        }

        if (!string.IsNullOrWhiteSpace(f.IndexNumberFormat) && numbering.ValidatePattern(f.IndexNumberFormat.Trim()) is { } reason)
        {
            errors.Add(nameof(f.IndexNumberFormat), reason);
        }

        return errors.Any ? errors.ToError("disclosure.agency_settings_invalid") : null;
    }
}
