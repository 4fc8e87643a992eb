using EGov.Interaction.Contracts;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Demo;

/// <summary>
/// DEMO DATA: interaction permissions for the demo roles. Clerks register, route and handle letters of their
/// department; leaders and section chiefs review replies; leaders manage mailboxes and rules; website editors run
/// opinion collections, surveys and interviews; the supervisor watches.
/// </summary>
internal sealed class InteractionDemoRoles : IDemoSeeder
{
    public int Order => 42;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        await DemoRoles.GrantAsync(db, DemoRoles.Clerk, [InteractionPermissions.Dispatch, InteractionPermissions.Handle, InteractionPermissions.View], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.SectionChief, [InteractionPermissions.Review, InteractionPermissions.View], cancellationToken);
        await DemoRoles.GrantAsync(
            db,
            DemoRoles.Leader,
            [InteractionPermissions.Review, InteractionPermissions.Dispatch, InteractionPermissions.Manage, InteractionPermissions.View],
            cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.Editor, [InteractionPermissions.Consult], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.Supervisor, [InteractionPermissions.View], cancellationToken);
    }
}
