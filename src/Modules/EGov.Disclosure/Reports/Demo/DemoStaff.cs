using System.Security.Claims;
using EGov.Platform.Identity;

namespace EGov.Disclosure.Reports.Demo;

/// <summary>DEMO DATA: the demo accounts who handle, review and sign off the district government's requests.</summary>
internal sealed record DemoStaff(Guid ClerkId, ClaimsPrincipal Clerk, Guid LeaderId, ClaimsPrincipal Leader)
{
    public const string LeaderName = "王建国";

    public static DemoStaff Of(Guid clerkId, Guid leaderId) => new(clerkId, Principal(clerkId, "李文静"), leaderId, Principal(leaderId, LeaderName));

    private static ClaimsPrincipal Principal(Guid id, string name) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, id.ToString()), new Claim(ClaimTypes.Name, name), new Claim(PlatformClaims.DisplayName, name)], "demo"));
}
