using System.Net;
using EGov.Approvals.Catalog;
using EGov.Approvals.Domain.Items;
using EGov.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Approvals.Catalog;

public abstract class DemoItemsTests(PlatformFactory platform)
{
    [Fact]
    public async Task Demo_items_are_published_once_with_their_parts_and_downloadable_samples()
    {
        await using var scope = platform.Scope();
        var items = PlatformFactory.Db(scope).Set<ServiceItem>().Where(i => i.IsDemo);
        var food = await scope.ServiceProvider.GetRequiredService<ItemCatalog>().FindPublishedByCodeAsync("XLXZSP-XK-001");

        Assert.Equal(12, await items.CountAsync(i => i.Status == ItemStatus.Published));
        Assert.NotNull(food);
        Assert.Equal(["operator_name", "credit_code", "premises", "business_format", "business_items", "staff", "opening_date"], food.Fields.Select(f => f.Key));
        Assert.Equal([1, 5, 2, 1, 1], food.Steps.Select(s => s.LimitDays));
        Assert.Equal(MaterialNecessity.Deferrable, food.Materials[3].Necessity);
        Assert.NotNull(food.Materials[0].BlankFormId);
        using var anonymous = platform.CreateClient();
        var sample = await anonymous.GetAsync(new Uri($"/api/v1/attachments/{food.ResultSampleId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, sample.StatusCode);
        Assert.Equal("application/pdf", sample.Content.Headers.ContentType?.MediaType);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DemoItemsOnSqlite(SqlitePlatform platform) : DemoItemsTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class DemoItemsOnPostgres(PostgresPlatform platform) : DemoItemsTests(platform);
