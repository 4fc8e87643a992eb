using System.Net.Http.Json;
using System.Text.Json;
using EGov.Approvals.Domain.Applications;
using EGov.IntegrationTests.Infrastructure;

namespace EGov.IntegrationTests.Approvals.Licences;

public abstract class ResultPublicationTests(PlatformFactory platform)
{
    private readonly LicenceBuilder _build = new(platform);

    [Fact]
    public async Task Results_mask_a_natural_persons_name_and_show_only_the_chosen_fields()
    {
        var item = await _build.ItemAsync("xlq-xzsp", 5, "applicant", "licence_number", "premises");
        var licence = await _build.IssuedAsync(item);

        var answer = await platform.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/approvals/results?item={item.Id}");

        var result = Assert.Single(answer.GetProperty("items").EnumerateArray());
        var fields = result.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("label").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal(["申请人", "证照编号", "经营场所"], fields.Keys);
        Assert.Equal("张*", fields["申请人"]);
        Assert.Equal(licence.Number, fields["证照编号"]);
        Assert.Equal("湖北省宜昌市****", fields["经营场所"]);
        Assert.Equal(licence.Id, result.GetProperty("licenceId").GetGuid());
        Assert.DoesNotContain("不公示的备注", answer.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_page_shows_an_enterprise_name_in_full_and_hides_unchosen_fields()
    {
        var item = await _build.ItemAsync("xlq-xzsp", null, "applicant", "business_type");
        await _build.IssuedAsync(item, ApplicantKind.EnterpriseLegalPerson, "宜昌西陵示例科技有限公司", "91420502MA4XL00012");

        var html = await platform.CreateClient().GetStringAsync($"/services/results?item={item.Id}");

        Assert.Contains("宜昌西陵示例科技有限公司", html, StringComparison.Ordinal);
        Assert.Contains("食品销售经营者", html, StringComparison.Ordinal);
        Assert.DoesNotContain("不公示的备注", html, StringComparison.Ordinal);
        Assert.DoesNotContain("91420502MA4XL00012", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Natural_persons_cannot_be_found_by_name()
    {
        var item = await _build.ItemAsync();
        await _build.IssuedAsync(item);

        var answer = await platform.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/approvals/results?item={item.Id}&q={Uri.EscapeDataString(LicenceBuilder.CitizenName)}");

        Assert.Equal(0, answer.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Results_export_as_an_excel_workbook()
    {
        var item = await _build.ItemAsync();
        await _build.IssuedAsync(item);

        var response = await platform.CreateClient().GetAsync($"/api/v1/approvals/results/export?item={item.Id}");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]); // a zip package
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ResultPublicationOnSqlite(SqlitePlatform platform) : ResultPublicationTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class ResultPublicationOnPostgres(PostgresPlatform platform) : ResultPublicationTests(platform);
