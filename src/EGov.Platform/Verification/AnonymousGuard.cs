using EGov.Platform.Results;

namespace EGov.Platform.Verification;

/// <summary>
/// Checks an anonymous submission's <see cref="AnonymousProof"/>. With <c>phoneRequired</c> the phone's SMS code is
/// checked (the CAPTCHA was solved to have the code sent); without it, the CAPTCHA answer.
/// </summary>
public sealed class AnonymousGuard(CaptchaService captcha, PhoneVerificationService phones)
{
    public Task<Result> CheckAsync(AnonymousProof proof, string purpose, bool phoneRequired = true, CancellationToken cancellationToken = default)
        => throw new InvalidOperationException($"匿名提交校验尚未实现（{captcha}、{phones}、{proof}、{purpose}、{phoneRequired}）。");
}
