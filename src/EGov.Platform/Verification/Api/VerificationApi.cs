using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace EGov.Platform.Verification.Api;

public sealed record SmsCodeRequest(string? Phone, string? Purpose, Guid? CaptchaId, string? CaptchaAnswer);

/// <summary>
/// The CAPTCHA and the SMS code for anonymous public forms. Both are anonymous and limited per client by the host's
/// <c>public-form</c> policy. The SMS endpoint takes no antiforgery token: it acts for nobody signed in, a cross-site
/// form cannot send its JSON body without a CORS preflight the platform never grants, and the one-time CAPTCHA it
/// requires is what stops SMS bombing.
/// </summary>
internal static class VerificationApi
{
    /// <summary>The host's rate-limit policy for public forms.</summary>
    public const string PublicForm = "public-form";

    public static IEndpointRouteBuilder MapVerificationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/verification").WithTags("平台：匿名提交验证").AllowAnonymous().RequireRateLimiting(PublicForm);
        group.MapGet("/captcha", CaptchaAsync).WithSummary("新的图形验证码（一次有效，5 分钟内）");
        group.MapPost("/sms", SmsAsync).WithSummary("答对图形验证码后，向手机发送短信验证码（10 分钟内有效）");
        return endpoints;
    }

    private static async Task<IResult> CaptchaAsync(HttpContext context, CaptchaService captcha, CancellationToken cancellationToken)
    {
        var challenge = await captcha.CreateAsync(cancellationToken);
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        context.Response.Headers[HeaderNames.Pragma] = "no-cache";
        return TypedResults.Ok(new { id = challenge.Id, image = challenge.DataUri });
    }

    private static async Task<IResult> SmsAsync(
        SmsCodeRequest body, CaptchaService captcha, PhoneVerificationService phones, CancellationToken cancellationToken)
    {
        if (body.CaptchaId is not { } id || string.IsNullOrWhiteSpace(body.CaptchaAnswer))
        {
            return VerificationErrors.CaptchaMissing.ToProblem();
        }

        if (!await captcha.CheckAsync(id, body.CaptchaAnswer, cancellationToken))
        {
            return VerificationErrors.CaptchaWrong.ToProblem();
        }

        var sent = await phones.SendAsync(body.Phone, body.Purpose, cancellationToken);
        return sent.IsSuccess
            ? TypedResults.Ok(new { sent = true, recorded = sent.Value.Recorded, message = sent.Value.Notice, cooldownSeconds = sent.Value.CooldownSeconds })
            : sent.Error!.ToProblem();
    }
}
