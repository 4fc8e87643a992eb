using System.Security.Claims;
using EGov.Platform.Identity;

namespace EGov.Interaction.Letters.Handling.Actions;

internal static class StaffName
{
    public static string Of(ClaimsPrincipal user) => user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "";

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
