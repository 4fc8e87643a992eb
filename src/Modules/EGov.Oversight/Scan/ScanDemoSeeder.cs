using EGov.Platform.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight.Scan;

/// <summary>DEMO DATA: one scan after every module's demo cases, so that the demo board opens with its cards. A second run raises nothing.</summary>
internal sealed class ScanDemoSeeder : IDemoSeeder
{
    public int Order => 90;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RunScanHandler>().RunAsync(cancellationToken);
    }
}
