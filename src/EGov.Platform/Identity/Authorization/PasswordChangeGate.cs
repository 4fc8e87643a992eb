using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace EGov.Platform.Identity.Authorization;

/// <summary>
/// After authorization succeeds, a principal that must change its password is sent to the change-password page
/// (pages) or refused with 403 (API), unless the endpoint allows it. Anonymous endpoints never reach here.
/// </summary>
internal sealed class PasswordChangeGate : IAuthorizationMiddlewareResultHandler
{
    public const string ChangePasswordPath = "/account/change-password";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded
            && context.User.HasClaim(c => c.Type == PlatformClaims.PasswordChangeRequired)
            && context.GetEndpoint()?.Metadata.GetMetadata<AllowDuringPasswordChangeAttribute>() is null)
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                return Microsoft.AspNetCore.Http.Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "请先修改密码", detail: "密码已过期或为一次性密码，修改密码后才能继续使用。")
                    .ExecuteAsync(context);
            }
            else
            {
                context.Response.Redirect(ChangePasswordPath);
            }

            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
