using EGov.Platform.Validation;
namespace EGov.Platform.Identity.SignIn;

/// <summary>A failed sign-in is audited with what was typed, but a mobile number is personal data: keep only its ends.</summary>
internal static class LoginForAudit
{
    public static string Mask(string login)
    {
        var trimmed = login.Trim();
        if (MobileNumber.IsValid(trimmed))
        {
            return $"{trimmed[..3]}****{trimmed[7..]}";
        }

        return trimmed.Length > 64 ? trimmed[..64] : trimmed;
    }
}
