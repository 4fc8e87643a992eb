using System.Security.Claims;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Identity.Demo;

/// <summary>Puts the demo account's principal on a request-less <see cref="HttpContext"/>, where scope checks and the audit log read it.</summary>
internal sealed class DemoActors(EGovDbContext db, AccountPrincipalFactory principals, IHttpContextAccessor http, IServiceProvider services) : IDemoActors
{
    public async Task<ClaimsPrincipal> PrincipalOfAsync(string userName, CancellationToken cancellationToken = default)
    {
        var account = await db.Set<UserAccount>().AsNoTracking().SingleAsync(u => u.UserName == userName, cancellationToken);
        return await principals.CreateAsync(account, null, Guid.NewGuid(), cancellationToken);
    }

    public void ActAs(ClaimsPrincipal principal) => http.HttpContext = new DefaultHttpContext { User = principal, RequestServices = services };
}
