using EGov.Documents.Contracts;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents.Incoming.Demo;

/// <summary>
/// DEMO DATA: 收文 permissions for the demo roles. Clerks (办事员) are their unit's 文书 and handle documents their unit
/// leads; section chiefs handle; leaders instruct.
/// </summary>
internal sealed class IncomingDemoRoles : IDemoSeeder
{
    public int Order => 44;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        await DemoRoles.GrantAsync(db, DemoRoles.Clerk, [DocumentsPermissions.Receive, DocumentsPermissions.Handle], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.SectionChief, [DocumentsPermissions.Handle], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.Leader, [DocumentsPermissions.Instruct], cancellationToken);
    }
}
