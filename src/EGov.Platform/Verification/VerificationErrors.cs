using EGov.Platform.Results;

namespace EGov.Platform.Verification;

/// <summary>The failures of anonymous proofs, each tied to the form field it concerns.</summary>
public static class VerificationErrors
{
    public const string CaptchaField = "CaptchaAnswer";
    public const string PhoneField = "Phone";
    public const string SmsCodeField = "SmsCode";

    public static Error CaptchaMissing { get; } = Field("verification.captcha_missing", "请输入图形验证码。", CaptchaField);
    public static Error CaptchaWrong { get; } = Field("verification.captcha_wrong", "图形验证码不正确或已过期，请换一张再试。", CaptchaField);
    public static Error PhoneInvalid { get; } = Field("verification.phone_invalid", "请输入正确的手机号码（11 位数字，以 13 至 19 开头）。", PhoneField);
    public static Error PurposeInvalid { get; } = Field("verification.purpose_invalid", "验证用途无效。", "Purpose");
    public static Error TooSoon { get; } = Field("verification.sms_too_soon", "验证码发送过于频繁，请 60 秒后再试。", PhoneField);
    public static Error DailyLimit { get; } = Field("verification.sms_daily_limit", "该手机号码今日获取验证码次数已达上限，请明天再试。", PhoneField);
    public static Error SendFailed { get; } = Field("verification.sms_send_failed", "短信发送失败，请稍后再试。", PhoneField);
    public static Error CodeMissing { get; } = Field("verification.sms_code_missing", "请输入短信验证码。", SmsCodeField);
    public static Error CodeExpired { get; } = Field("verification.sms_code_expired", "短信验证码已失效，请重新获取。", SmsCodeField);
    public static Error CodeWrong { get; } = Field("verification.sms_code_wrong", "短信验证码不正确。", SmsCodeField);
    public static Error CodeVoided { get; } = Field("verification.sms_code_voided", "短信验证码错误次数过多，已作废，请重新获取。", SmsCodeField);

    private static Error Field(string code, string message, string field)
        => Error.Validation(code, message) with { Fields = new Dictionary<string, string[]> { [field] = [message] } };
}
