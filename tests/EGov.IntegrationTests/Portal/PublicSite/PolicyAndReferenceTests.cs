using EGov.IntegrationTests.Infrastructure;
using EGov.Portal.Domain.Articles;

namespace EGov.IntegrationTests.Portal.PublicSite;

public abstract class PolicyAndReferenceTests(PlatformFactory platform)
{
    private readonly HttpClient _client = platform.CreateClient();
    private readonly PublicSiteData _data = new(platform);

    [Fact]
    public async Task Policy_document_shows_its_number_validity_and_its_interpretations_which_link_back()
    {
        var portal = await _data.PortalAsync();
        var policy = await _data.ArticleAsync(portal, await _data.ChannelAsync(portal, "wjzl"), "废止文件测试", configure: a =>
        {
            a.Type = ArticleType.PolicyDocument;
            a.DocumentNumber = "西陵政规〔2026〕99号";
            a.Validity = PolicyValidity.Repealed;
            a.ValidityNote = "已被新办法废止。";
        });
        var interpretation = await _data.ArticleAsync(portal, await _data.ChannelAsync(portal, "zcjd"), "废止文件测试的解读", configure: a =>
        {
            a.Type = ArticleType.Interpretation;
            a.InterpretsId = policy.Id;
            a.Summary = "解读摘要：这份文件讲了什么。";
        });

        var policyPage = await _client.GetStringAsync($"/articles/{policy.Id:N}");
        var interpretationPage = await _client.GetStringAsync($"/articles/{interpretation.Id:N}");

        Assert.Contains("西陵政规〔2026〕99号", policyPage, StringComparison.Ordinal);
        Assert.Contains("validity-large\">废止</strong>", policyPage, StringComparison.Ordinal);
        Assert.Contains("已被新办法废止。", policyPage, StringComparison.Ordinal);
        Assert.Contains($"/articles/{interpretation.Id:N}\">废止文件测试的解读</a>", policyPage, StringComparison.Ordinal);
        Assert.Contains("解读摘要：这份文件讲了什么。", policyPage, StringComparison.Ordinal);
        Assert.Contains($"/articles/{policy.Id:N}\">废止文件测试</a>", interpretationPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_policies_carry_every_validity_and_a_downloadable_pdf()
    {
        var policies = await _client.GetStringAsync("/channels/wjzl");
        var withPdf = System.Text.RegularExpressions.Regex.Match(policies, "href=\"(/articles/[0-9a-f]{32})\">西陵区促进消费扩容提质若干措施</a>");
        Assert.True(withPdf.Success, "文件资料 lists the demo policy document");
        var page = await _client.GetStringAsync(withPdf.Groups[1].Value);
        var download = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/api/v1/attachments/[0-9a-f-]{36})\"");
        var pdf = await _client.GetAsync(download.Groups[1].Value);

        Assert.Contains("废止", policies, StringComparison.Ordinal);
        Assert.Contains("已修改", policies, StringComparison.Ordinal);
        Assert.Contains("政策解读", page, StringComparison.Ordinal);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_accepted_from_a_sub_site_is_listed_in_the_portal_and_names_its_source()
    {
        var portal = await _data.PortalAsync();
        var site = await _data.SubSiteAsync();
        var article = await _data.ArticleAsync(site, await _data.ChannelAsync(site, "gzdt"), "推送到门户的子站稿件");
        await _data.AcceptAsync(article, portal, await _data.ChannelAsync(portal, "bmdt"));

        var list = await _client.GetStringAsync("/channels/bmdt");
        var page = await _client.GetStringAsync($"/articles/{article.Id:N}");

        Assert.Contains($"/articles/{article.Id:N}\">推送到门户的子站稿件</a>", list, StringComparison.Ordinal);
        Assert.Contains($"来源：{site.Name}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_of_another_site_without_an_accepted_reference_is_not_shown_in_the_portal()
    {
        var site = await _data.SubSiteAsync();
        var article = await _data.ArticleAsync(site, await _data.ChannelAsync(site, "gzdt"), "未推送的子站稿件");

        var response = await _client.GetAsync($"/articles/{article.Id:N}");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PolicyAndReferenceTestsOnSqlite(SqlitePlatform platform) : PolicyAndReferenceTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class PolicyAndReferenceTestsOnPostgres(PostgresPlatform platform) : PolicyAndReferenceTests(platform);
