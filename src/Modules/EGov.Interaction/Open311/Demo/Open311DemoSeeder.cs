using EGov.Interaction.Domain.Open311;
using EGov.Interaction.Open311.Clients;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Open311.Demo;

/// <summary>
/// DEMO DATA: one Open311 client with a fixed, published key (README "Open311 demo client"), so that anyone can try
/// POST requests at once. A real deployment revokes it.
/// </summary>
internal sealed class Open311DemoSeeder(TimeProvider time) : IDemoSeeder
{
    public const string DemoKey = "xl-demo-open311-2026";
    public const string DemoName = "西陵随手拍（演示客户端）";

    public int Order => 46;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var hash = ApiKeys.Hash(DemoKey);
        if (await db.Set<ApiClient>().AnyAsync(c => c.KeyHash == hash, cancellationToken))
        {
            return;
        }

        db.Add(new ApiClient
        {
            Name = DemoName,
            Contact = "西陵区人民政府办公室 电子政务科（演示）",
            KeyHash = hash,
            KeyPrefix = ApiKeys.Prefix(DemoKey),
            IssuedAt = time.GetUtcNow().UtcDateTime,
            IssuedBy = "演示数据",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
