using EGov.Platform.Results;

namespace EGov.Platform.Verification;

/// <summary>Checks an anonymous submission's <see cref="AnonymousProof"/>: the CAPTCHA first, then the phone's SMS code.</summary>
public sealed class AnonymousGuard(CaptchaService captcha, PhoneVerificationService phones)
{
    public Task<Result> CheckAsync(AnonymousProof proof, string purpose, CancellationToken cancellationToken = default)
        => throw new InvalidOperationException($"匿名提交校验尚未实现（{captcha}、{phones}、{proof}、{purpose}）。");
}
