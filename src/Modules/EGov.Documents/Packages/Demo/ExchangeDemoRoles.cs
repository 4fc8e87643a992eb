using EGov.Documents.Contracts;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents.Packages.Demo;

/// <summary>DEMO DATA: clerks (the offices' 文书, who also number, seal and send) exchange packages with external agencies.</summary>
internal sealed class ExchangeDemoRoles : IDemoSeeder
{
    public int Order => 44;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await DemoRoles.GrantAsync(scope.ServiceProvider.GetRequiredService<EGovDbContext>(), DemoRoles.Clerk, [DocumentsPermissions.Exchange], cancellationToken);
    }
}
