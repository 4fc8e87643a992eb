using EGov.Platform.Data;
using EGov.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Web.Hosting;

internal static class HostStartup
{
    /// <summary>Migrates (when configured), runs the start-up tasks, then the demo seeders in demo mode.</summary>
    public static async Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.MigrateOnStart)
        {
            await MigrateAsync(app.Services, cancellationToken);
        }

        await RunStartupTasksAsync(app.Services, cancellationToken);
        if (app.Configuration.GetValue<bool>("Demo:Enabled"))
        {
            await SeedDemoAsync(app.Services, cancellationToken);
        }
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }

    public static async Task RunStartupTasksAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var task in services.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(services, cancellationToken);
        }
    }

    public static async Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var seeder in services.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(services, cancellationToken);
        }
    }
}
