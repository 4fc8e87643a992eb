using EGov.Oversight.Contracts;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight.Demo;

/// <summary>
/// DEMO DATA: oversight permissions for the demo roles. The supervisor (监察人员) watches, urges and decides;
/// clerks, section chiefs and leaders answer their department's cards; leaders read the statistics and the monthly report.
/// </summary>
internal sealed class OversightDemoRoles : IDemoSeeder
{
    public int Order => 43;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        await DemoRoles.GrantAsync(
            db, DemoRoles.Supervisor, [OversightPermissions.Watch, OversightPermissions.Supervise, OversightPermissions.Report], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.Clerk, [OversightPermissions.Answer], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.SectionChief, [OversightPermissions.Answer], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.Leader, [OversightPermissions.Answer, OversightPermissions.Report], cancellationToken);
    }
}
