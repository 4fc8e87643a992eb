using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;

namespace EGov.IntegrationTests.Approvals.Intake;

/// <summary>过程查询 with number and code, the personal space, and who may read an application and its files.</summary>
public abstract class TrackingTests(PlatformFactory platform)
{
    private readonly IntakeDriver _driver = new(platform);

    [Fact]
    public async Task Number_and_right_code_show_the_steps_and_due_dates_and_a_wrong_code_answers_like_an_unknown_number()
    {
        var citizen = await _driver.SignedInAsync("shimin");
        var receipt = await IntakeDriver.ApplyOnlineAsync(citizen, await _driver.ItemAsync());
        var number = receipt.GetProperty("number").GetString()!;
        var code = receipt.GetProperty("queryCode").GetString()!;
        var anonymous = platform.CreateClient();

        var found = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/approvals/applications/track?number={number}&code={code.ToLowerInvariant()}");
        var wrong = await anonymous.GetAsync($"/api/v1/approvals/applications/track?number={number}&code=AAAAAAAA");
        var unknown = await anonymous.GetAsync($"/api/v1/approvals/applications/track?number=XLSP1999000001&code={code}");

        Assert.Equal("Submitted", found.GetProperty("state").GetString());
        Assert.Equal("张*", found.GetProperty("applicantName").GetString());
        Assert.Equal("提交申请", found.GetProperty("steps")[0].GetProperty("title").GetString());
        Assert.Equal(receipt.GetProperty("preReviewDueDate").GetString(), found.GetProperty("dueDates")[0].GetProperty("dueDate").GetString());
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var (w, u) = (await wrong.Content.ReadFromJsonAsync<JsonElement>(), await unknown.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal((w.GetProperty("code").GetString(), w.GetProperty("detail").GetString()), (u.GetProperty("code").GetString(), u.GetProperty("detail").GetString()));
        var page = await new Browser(platform).PostFormAsync("/services/applications/track", new Dictionary<string, string> { ["Number"] = number, ["Code"] = code });
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("材料审查（补正告知）期限", html, StringComparison.Ordinal);
        Assert.Contains(number, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applicant_finds_the_application_in_the_personal_space_with_the_actions_of_its_state()
    {
        var citizen = await _driver.SignedInAsync("shimin");
        var receipt = await IntakeDriver.ApplyOnlineAsync(citizen, await _driver.ItemAsync());
        var id = receipt.GetProperty("id").GetGuid();

        Assert.Contains(receipt.GetProperty("number").GetString()!, await citizen.Client.GetStringAsync("/my/applications"), StringComparison.Ordinal);
        var detail = await citizen.Client.GetStringAsync($"/my/applications/{id}");
        Assert.Contains($"/my/applications/{id}/withdraw", detail, StringComparison.Ordinal);
        Assert.DoesNotContain($"/my/applications/{id}/correction", detail, StringComparison.Ordinal);
        Assert.DoesNotContain($"/my/applications/{id}/rate", detail, StringComparison.Ordinal);
        Assert.Contains("西陵区张三餐饮店", detail, StringComparison.Ordinal);
        var mine = await citizen.Client.GetFromJsonAsync<JsonElement>("/api/v1/approvals/my/applications");
        Assert.Contains(mine.EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
        Assert.Contains("/my/applications", await citizen.Client.GetStringAsync("/my"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_citizen_cannot_read_the_application_or_its_files_but_staff_in_scope_can()
    {
        var citizen = await _driver.SignedInAsync("shimin");
        var receipt = await IntakeDriver.ApplyOnlineAsync(citizen, await _driver.ItemAsync());
        var id = receipt.GetProperty("id").GetGuid();
        var file = (await _driver.MaterialsAsync(id)).First().AttachmentId;
        var other = await _driver.SignedInAsync("qiye");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/my/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/approvals/my/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/attachments/{file}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/api/v1/attachments/{file}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await _driver.SignedInAsync("xzsp.shouli")).GetAsync($"/api/v1/attachments/{file}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _driver.SignedInAsync("scjg.shenhe")).GetAsync($"/api/v1/attachments/{file}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TrackingOnSqlite(SqlitePlatform platform) : TrackingTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class TrackingOnPostgres(PostgresPlatform platform) : TrackingTests(platform);
