using EGov.Platform.Identity.Policies;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace EGov.Platform.Identity.Sessions;

/// <summary>The sign-in cookie (ASVS 3.4): HttpOnly, SameSite=Lax, Secure and <c>__Host-</c> on HTTPS, sliding, tied to a server-side session.</summary>
internal static class AuthCookie
{
    public const string SignInPath = "/account/sign-in";
    public const string ChangePasswordPath = "/account/change-password";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = HostCookieManager.HttpName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.Path = "/";
        options.CookieManager = new HostCookieManager();

        // The cookie's sliding lifetime is the longest idle time the policy allows; the session enforces the policy's value.
        options.ExpireTimeSpan = TimeSpan.FromMinutes(SecurityPolicySettings.MaxIdleTimeoutMinutes);
        options.SlidingExpiration = true;
        options.LoginPath = SignInPath;
        options.LogoutPath = "/account/sign-out";
        options.ReturnUrlParameter = "returnUrl";
        options.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = SessionValidator.ValidateAsync,
            OnRedirectToLogin = context =>
            {
                if (IsApi(context.Request))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            },

            // A page refused only for want of a new password goes to the change-password page; otherwise a plain 403,
            // which the host's status pages explain (pages) or leave bare (API).
            OnRedirectToAccessDenied = context =>
            {
                if (!IsApi(context.Request) && context.HttpContext.User.HasClaim(c => c.Type == PlatformClaims.PasswordChangeRequired))
                {
                    context.Response.Redirect(ChangePasswordPath);
                }
                else
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                }

                return Task.CompletedTask;
            },
        };
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
