using EGov.Platform.Results;

namespace EGov.Platform.Verification;

/// <summary>
/// Checks an anonymous submission's <see cref="AnonymousProof"/>. With <c>phoneRequired</c> the phone's SMS code is
/// checked (the CAPTCHA was solved to have the code sent); without it, the CAPTCHA answer. Failures carry the field
/// they concern (<c>Phone</c>, <c>SmsCode</c>, <c>CaptchaAnswer</c>) and a <c>verification.*</c> code.
/// </summary>
/// <example>
/// <code>
/// if (!User.IsAuthenticated())
/// {
///     var proof = await guard.CheckAsync(Proof, "interaction.letter", phoneRequired: true, cancellationToken);
///     if (!proof.IsSuccess) { return proof.Error; }
/// }
/// </code>
/// </example>
public sealed class AnonymousGuard(CaptchaService captcha, PhoneVerificationService phones)
{
    public async Task<Result> CheckAsync(AnonymousProof proof, string purpose, bool phoneRequired = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (phoneRequired)
        {
            return await phones.ConfirmAsync(proof.Phone ?? "", purpose, proof.SmsCode, cancellationToken);
        }

        if (proof.CaptchaId is not { } id || string.IsNullOrWhiteSpace(proof.CaptchaAnswer))
        {
            return VerificationErrors.CaptchaMissing;
        }

        return await captcha.CheckAsync(id, proof.CaptchaAnswer, cancellationToken) ? Result.Success() : VerificationErrors.CaptchaWrong;
    }
}
