using System.Net;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Opinions;
using EGov.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Interaction.Opinions;

public abstract class OpinionCollectionTests(PlatformFactory platform)
{
    private const string Office = "/api/v1/interaction/office/opinions";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>bgs.bianji creates a collection open from today for <paramref name="days"/> days and publishes it.</summary>
    private async Task<(ConsultClient Staff, Guid Id, string? Warning)> PublishedAsync(int days)
    {
        var staff = await ConsultClient.SignInAsync(platform, "bgs.bianji");
        var draft = await staff.UploadDraftAsync("西陵区测试办法（征求意见稿）全文");
        var created = await ConsultClient.JsonAsync(await staff.PostAsync(Office, new
        {
            title = $"测试办法（征求意见稿）{Guid.NewGuid():N}",
            description = "<p>说明</p><script>alert(1)</script>",
            opensOn = Today,
            closesOn = Today.AddDays(days - 1),
            draftAttachmentId = draft,
        }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var warning = created.GetProperty("warning").ValueKind == System.Text.Json.JsonValueKind.String ? created.GetProperty("warning").GetString() : null;
        await ConsultClient.JsonAsync(await staff.PostAsync($"{Office}/{id}/publish", new { version = await VersionAsync(staff, id) }), HttpStatusCode.OK);
        return (staff, id, warning);
    }

    private static async Task<uint> VersionAsync(ConsultClient staff, Guid id) => (await staff.GetJsonAsync($"{Office}/{id}")).GetProperty("version").GetUInt32();

    [Fact]
    public async Task A_period_shorter_than_30_days_is_saved_with_a_warning_and_the_description_is_sanitized()
    {
        var (staff, id, warning) = await PublishedAsync(20);

        Assert.Contains("不少于30日", warning, StringComparison.Ordinal);
        var detail = await staff.GetJsonAsync($"{Office}/{id}");
        Assert.DoesNotContain("script", detail.GetProperty("descriptionHtml").GetString(), StringComparison.Ordinal);
        Assert.True(detail.GetProperty("isPublished").GetBoolean());
    }

    [Fact]
    public async Task Citizen_opinion_is_taken_feedback_is_refused_before_closing_and_published_after_with_the_counts()
    {
        var (staff, id, _) = await PublishedAsync(30);
        var citizen = await ConsultClient.SignInAsync(platform, "shimin", $"/interaction/opinions/{id}");
        await ConsultClient.JsonAsync(await citizen.PostAsync($"/api/v1/interaction/opinions/{id}/opinions", new { content = "建议增加老年人助餐服务内容。" }), HttpStatusCode.OK);

        var early = await staff.PostAsync($"{Office}/{id}/feedback", new { summary = "采纳1条。", publish = true, version = await VersionAsync(staff, id) });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("征集期结束后", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await ConsultClient.JsonAsync(await staff.PostAsync($"{Office}/{id}/close", new { version = await VersionAsync(staff, id) }), HttpStatusCode.OK);
        var opinion = (await staff.GetJsonAsync($"{Office}/{id}")).GetProperty("opinions")[0].GetProperty("id").GetGuid();
        await ConsultClient.JsonAsync(await staff.PostAsync($"{Office}/{id}/opinions/{opinion}/adoption",
            new { adoption = "Adopted", note = "已增加。", version = await VersionAsync(staff, id) }), HttpStatusCode.OK);
        await ConsultClient.JsonAsync(await staff.PostAsync($"{Office}/{id}/feedback",
            new { summary = "共收到意见1条，采纳1条。", publish = true, version = await VersionAsync(staff, id) }), HttpStatusCode.OK);

        var page = await (await platform.CreateClient().GetAsync($"/interaction/opinions/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("共收到意见1条，采纳1条。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("建议增加老年人助餐服务内容", page, StringComparison.Ordinal);
        var api = await ConsultClient.JsonAsync(await platform.CreateClient().GetAsync($"/api/v1/interaction/opinions/{id}"), HttpStatusCode.OK);
        Assert.Equal(1, api.GetProperty("feedback").GetProperty("counts").GetProperty("adopted").GetInt32());
        await using var scope = platform.Scope();
        Assert.True(await PlatformFactory.Db(scope).Set<AuditEntry>().AnyAsync(a => a.Action == "interaction.opinion_collection_feedback_published" && a.ObjectId == id.ToString()));
    }

    [Fact]
    public async Task An_opinion_with_a_sensitive_word_is_kept_and_flagged()
    {
        var (staff, id, _) = await PublishedAsync(30);
        await using (var scope = platform.Scope())
        {
            var db = PlatformFactory.Db(scope);
            if (!await db.Set<EGov.Interaction.Domain.Moderation.SensitiveWord>().AnyAsync(w => w.Word == "测试敏感词"))
            {
                db.Add(new EGov.Interaction.Domain.Moderation.SensitiveWord { Word = "测试敏感词", AddedAt = DateTime.UtcNow, AddedBy = "test" });
                await db.SaveChangesAsync();
            }
        }

        var citizen = await ConsultClient.SignInAsync(platform, "shimin", $"/interaction/opinions/{id}");
        var receipt = await ConsultClient.JsonAsync(await citizen.PostAsync($"/api/v1/interaction/opinions/{id}/opinions", new { content = "这里有测试敏感词的内容。" }), HttpStatusCode.OK);

        Assert.True(receipt.GetProperty("held").GetBoolean());
        var listed = (await staff.GetJsonAsync($"{Office}/{id}")).GetProperty("opinions")[0];
        Assert.Contains("测试敏感词", listed.GetProperty("sensitiveWords").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_version_is_told_not_saved_over()
    {
        var (staff, id, _) = await PublishedAsync(30);

        var stale = await staff.PostAsync($"{Office}/{id}/unpublish", new { version = 1 });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人处理", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citizen_reaches_neither_the_staff_pages_nor_the_staff_api()
    {
        var citizen = await ConsultClient.SignInAsync(platform, "shimin", "/interaction/opinions");

        Assert.NotEqual(HttpStatusCode.OK, (await citizen.Browser.GetAsync("/office/interaction/opinions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.Browser.GetAsync(Office)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostAsync(Office, new { title = "x" })).StatusCode);
    }

    [Fact]
    public async Task Demo_collections_show_one_open_with_a_downloadable_draft_and_one_with_feedback()
    {
        var client = platform.CreateClient();
        var open = await ConsultClient.JsonAsync(await client.GetAsync("/api/v1/interaction/opinions?state=open"), HttpStatusCode.OK);
        var id = open.EnumerateArray().First(c => c.GetProperty("title").GetString()!.StartsWith("西陵区老旧小区改造", StringComparison.Ordinal)).GetProperty("id").GetGuid();
        var detail = await ConsultClient.JsonAsync(await client.GetAsync($"/api/v1/interaction/opinions/{id}"), HttpStatusCode.OK);
        var draft = await client.GetAsync(detail.GetProperty("draft").GetProperty("url").GetString());

        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var withFeedback = await ConsultClient.JsonAsync(await client.GetAsync("/api/v1/interaction/opinions?state=feedback"), HttpStatusCode.OK);
        Assert.Contains(withFeedback.EnumerateArray(), c => c.GetProperty("title").GetString()!.Contains("控制吸烟", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/interaction/opinions?state=feedback")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OpinionCollectionOnSqlite(SqlitePlatform platform) : OpinionCollectionTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class OpinionCollectionOnPostgres(PostgresPlatform platform) : OpinionCollectionTests(platform);
