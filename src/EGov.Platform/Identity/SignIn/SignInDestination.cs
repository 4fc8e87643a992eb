using System.Security.Claims;
using EGov.Platform.Identity.Sessions;

namespace EGov.Platform.Identity.SignIn;

/// <summary>Where a fresh sign-in lands: the password change if due, a local return URL, else the home of the account's kind.</summary>
internal static class SignInDestination
{
    public static string For(ClaimsPrincipal user, string? returnUrl)
    {
        if (user.HasClaim(c => c.Type == PlatformClaims.PasswordChangeRequired))
        {
            return AuthCookie.ChangePasswordPath;
        }

        if (IsLocal(returnUrl))
        {
            return returnUrl!;
        }

        return HomeOf(user.AccountKind());
    }

    public static string HomeOf(AccountKind? kind) => kind switch
    {
        AccountKind.Staff => "/office",
        { } k when k.IsAdministrator() => "/admin",
        _ => "/",
    };

    /// <summary>Only paths on this site: <c>/x</c>, not <c>//host</c> or <c>/\host</c> (open redirect, ASVS 5.1.5).</summary>
    public static bool IsLocal(string? url)
        => !string.IsNullOrEmpty(url)
            && url[0] == '/'
            && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.Any(char.IsControl);
}
