using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Hosting;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Sites;
using EGov.Portal.PublicSite.Demo;
using EGov.Portal.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Portal.PublicSite;

public abstract class PortalDemoContentTests(PlatformFactory platform)
{
    [Fact]
    public async Task Demo_has_the_portal_six_sub_sites_and_about_forty_marked_articles_with_fresh_news()
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var demo = await db.Set<Article>().Where(a => a.IsDemo).Select(a => new { a.Id, a.Status, a.Type, a.PublishedAt, a.Validity }).ToListAsync();
        var published = demo.Where(a => a.Status == ArticleStatus.Published).ToList();
        var sites = await db.Set<Site>().Select(s => s.Code).ToListAsync();
        var indexed = await db.Set<SearchOutboxEntry>().Select(e => e.Key).ToListAsync();

        Assert.Contains("www", sites);
        Assert.Contains("scjg", sites);
        Assert.True(published.Count >= 40, $"{published.Count} published demo articles");
        Assert.Contains(published, a => a.Type == ArticleType.News && a.PublishedAt > DateTime.UtcNow.AddDays(-2));
        Assert.Contains(published, a => a.Validity == PolicyValidity.Repealed);
        Assert.Contains(published, a => a.Validity == PolicyValidity.Amended);
        Assert.Contains(demo, a => a.Status == ArticleStatus.Submitted);
        Assert.All(published, a => Assert.Contains(ArticleSearchDocuments.KeyOf(a.Id), indexed));
        Assert.True(await db.Set<ArticleReference>().AnyAsync(r => r.Status == ReferenceStatus.Accepted));
    }

    [Fact]
    public async Task Seeding_the_demo_again_adds_nothing()
    {
        int Count(AsyncServiceScope s) => PlatformFactory.Db(s).Set<Article>().Count() + PlatformFactory.Db(s).Set<Site>().Count() + PlatformFactory.Db(s).Set<SiteEditorGrant>().Count();
        await using var scope = platform.Scope();
        var before = Count(scope);

        var seeder = platform.Services.GetServices<IDemoSeeder>().OfType<PortalDemoSeeder>().Single();
        await seeder.SeedAsync(platform.Services, CancellationToken.None);

        await using var after = platform.Scope();
        Assert.Equal(before, Count(after));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PortalDemoContentTestsOnSqlite(SqlitePlatform platform) : PortalDemoContentTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class PortalDemoContentTestsOnPostgres(PostgresPlatform platform) : PortalDemoContentTests(platform);
