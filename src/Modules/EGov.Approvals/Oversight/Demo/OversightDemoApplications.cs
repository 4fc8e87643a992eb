using EGov.Approvals.Catalog;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Oversight.Demo;

/// <summary>
/// DEMO DATA for 电子监察: two running 承诺件 (one past its promised limit, one whose limit ends today) and three
/// concluded applications that break an anomaly rule (two correction notices, a fee above the standard, a result
/// registered without handling steps), dated relative to today on the working-day calendar. Runs once.
/// </summary>
internal sealed class OversightDemoApplications : IDemoSeeder
{
    /// <summary>After the demo items (42).</summary>
    public int Order => 47;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<EGovDbContext>();
        if (await db.Set<Application>().AnyAsync(a => a.IsDemo && a.ApplicantName == DemoApplicationStories.Marker, cancellationToken))
        {
            return;
        }

        var catalog = sp.GetRequiredService<ItemCatalog>();
        var items = new Dictionary<string, Domain.Items.ServiceItem>(StringComparer.Ordinal);
        foreach (var code in DemoApplicationStories.ItemCodes)
        {
            if (await catalog.FindPublishedByCodeAsync(code, cancellationToken) is not { } item)
            {
                return;
            }

            items[code] = item;
        }

        var writer = new DemoApplicationWriter(sp, ChinaTime.Today(sp.GetRequiredService<TimeProvider>()));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await new DemoApplicationStories(writer, items).TellAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
