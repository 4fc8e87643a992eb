using System.Net;
using EGov.IntegrationTests.Infrastructure;

namespace EGov.IntegrationTests.Disclosure.Catalog;

public abstract class CatalogPagesTests(PlatformFactory platform)
{
    [Fact]
    public async Task Public_home_and_guide_show_the_agencies_the_office_and_the_categories_with_their_legal_basis()
    {
        using var anonymous = platform.CreateClient();

        var home = await anonymous.GetStringAsync(new Uri("/disclosure", UriKind.Relative));
        var guide = await anonymous.GetStringAsync(new Uri("/disclosure/agencies/xlq/guide", UriKind.Relative));

        Assert.Contains("<h3 class=\"h5 mt-3\">区政府</h3>", home, StringComparison.Ordinal);
        Assert.Contains("<h3 class=\"h5 mt-3\">街道</h3>", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/disclosure/agencies/xlq-scjg/guide\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/disclosure/requests/track\"", home, StringComparison.Ordinal);
        Assert.Contains("西陵区人民政府办公室（区政务公开办）", guide, StringComparison.Ordinal);
        Assert.Contains("0717-6224013", guide, StringComparison.Ordinal);
        Assert.Contains("《条例》第二十条第（十二）项", guide, StringComparison.Ordinal);
        Assert.Contains("《条例》第二十一条", guide, StringComparison.Ordinal);
        Assert.Contains("href=\"/disclosure/requests/new?agency=xlq\"", guide, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bgs.keyuan", "/office/disclosure/catalog/new", "新建目录信息")]
    [InlineData("baomi", "/office/disclosure/catalog/reviews", "西陵区2026年第三季度重点民生实事推进情况")]
    [InlineData("bgs.zhuren", "/office/disclosure/agencies", "114205020112453761")]
    [InlineData("bgs.zhuren", "/office/disclosure/agencies/xlq", "0717-6224012")]
    [InlineData("bgs.zhuren", "/office/disclosure/categories", "art21-07")]
    public async Task Staff_pages_show_their_content(string user, string url, string expected)
    {
        var client = await CatalogClient.SignInAsync(platform, user);

        var response = await client.Browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_lists_the_agencies_and_the_default_categories()
    {
        using var anonymous = platform.CreateClient();

        var agencies = await anonymous.GetStringAsync(new Uri("/api/v1/disclosure/agencies", UriKind.Relative));
        var categories = await anonymous.GetStringAsync(new Uri("/api/v1/disclosure/categories", UriKind.Relative));

        Assert.Contains("\"code\":\"xlq-scjg\"", agencies, StringComparison.Ordinal);
        Assert.Equal(22, System.Text.Json.JsonDocument.Parse(categories).RootElement.GetArrayLength());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogPagesOnSqlite(SqlitePlatform platform) : CatalogPagesTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class CatalogPagesOnPostgres(PostgresPlatform platform) : CatalogPagesTests(platform);
