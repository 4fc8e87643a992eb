using System.Security.Claims;

namespace EGov.Platform.Hosting;

/// <summary>
/// For <see cref="IDemoSeeder"/>s that tell their demo cases through the modules' own handlers: the seeder acts as a
/// demo account exactly as if it had signed in (its position, roles and department scope), so the demo data, the
/// to-dos and the audit trail are what real use would leave.
/// </summary>
public interface IDemoActors
{
    /// <summary>The principal <paramref name="userName"/> would have after signing in.</summary>
    Task<ClaimsPrincipal> PrincipalOfAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Acts as <paramref name="principal"/> from here on in the caller's flow. Synchronous on purpose: a value set
    /// inside an async method would not flow back to its caller.
    /// </summary>
    void ActAs(ClaimsPrincipal principal);
}
