using System.Net;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Clocks;
using EGov.Platform.Organization;
using Microsoft.Extensions.DependencyInjection;
using static EGov.IntegrationTests.Interaction.Handling.LetterBuilder;

namespace EGov.IntegrationTests.Interaction.Handling;

/// <summary>The staff handling loop over HTTP with the demo accounts: route, sign for, reply, review, publish; scope and conflicts.</summary>
public abstract partial class LetterHandlingTests(PlatformFactory platform)
{
    private const string Dispatcher = "bgs.keyuan";
    private const string Handler = "scjg.banli";
    private const string Reviewer = "scjg.juzhang";

    [Fact]
    public async Task A_letter_is_routed_signed_for_answered_reviewed_and_published_into_the_site_search()
    {
        var letter = await CreateAsync(platform, routed: false, subject: $"缺斤短两 {Guid.NewGuid():N}");
        var dispatcher = await OfficeClient.SignInAsync(platform, Dispatcher);
        var handler = await OfficeClient.SignInAsync(platform, Handler);
        var reviewer = await OfficeClient.SignInAsync(platform, Reviewer);

        await dispatcher.StepAsync(letter.Id, "route", new { departmentId = await DepartmentAsync("xlq-scjg") });
        Assert.Contains("letter.sign_for", await OpenWorkAsync(platform, letter.Id));
        await handler.StepAsync(letter.Id, "sign-for");
        Assert.Equal(ClockState.Stopped, (await ClockAsync(platform, (await LoadAsync(platform, letter.Id)).SignForClockId)).State);
        Assert.Contains("letter.handle", await OpenWorkAsync(platform, letter.Id));
        await handler.StepAsync(letter.Id, "reply", new { content = "经查，该摊位电子秤未经检定，已责令整改。请联系张三13800000001。" });
        Assert.Contains("letter.review", await OpenWorkAsync(platform, letter.Id));
        var replied = await reviewer.StepAsync(letter.Id, "reply-approve");

        Assert.Equal("Replied", replied.GetProperty("state").GetString());
        var stored = await LoadAsync(platform, letter.Id);
        Assert.Contains("市场监督管理局", stored.ReplyingDepartmentName, StringComparison.Ordinal);
        Assert.NotNull(stored.RepliedAt);
        Assert.Equal(ClockState.Stopped, (await ClockAsync(platform, stored.ReplyClockId)).State);
        Assert.Empty(await OpenWorkAsync(platform, letter.Id));

        var dossier = await dispatcher.GetJsonAsync(OfficeClient.Url(letter.Id));
        var draft = dossier.GetProperty("publishDraft");
        Assert.DoesNotContain("13800000001", draft.GetProperty("reply").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("张三", draft.GetProperty("content").GetString(), StringComparison.Ordinal);
        await dispatcher.StepAsync(letter.Id, "publish", new
        {
            subject = draft.GetProperty("subject").GetString(),
            content = draft.GetProperty("content").GetString(),
            reply = draft.GetProperty("reply").GetString(),
        });

        var search = await dispatcher.Browser.Client.GetStringAsync($"/api/v1/search?q={Uri.EscapeDataString("缺斤短两")}");
        Assert.Contains($"/interaction/letters/{letter.Id}", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_is_refused_without_the_writers_consent()
    {
        var letter = await RepliedAsync(consent: false);
        var dispatcher = await OfficeClient.SignInAsync(platform, Dispatcher);

        var code = await dispatcher.RefusedAsync(letter.Id, "publish", new { subject = "标题", content = "内容", reply = "答复" }, HttpStatusCode.BadRequest);

        Assert.Equal("interaction.no_consent", code);
        Assert.False((await LoadAsync(platform, letter.Id)).IsPublished);
    }

    [Fact]
    public async Task A_second_editor_with_an_old_version_is_told_with_409()
    {
        var letter = await CreateAsync(platform);
        var handler = await OfficeClient.SignInAsync(platform, Handler);
        var seen = (await LoadAsync(platform, letter.Id)).Version;
        await handler.StepAsync(letter.Id, "note", new { body = "先电话联系来信人", version = seen });

        var code = await handler.RefusedAsync(letter.Id, "sign-for", new { version = seen }, HttpStatusCode.Conflict);

        Assert.Equal("interaction.letter_changed", code);
        Assert.Equal(LetterState.Routed, (await LoadAsync(platform, letter.Id)).State);
    }

    [Fact]
    public async Task A_citizen_is_forbidden_and_a_clerk_of_another_department_does_not_find_the_letter()
    {
        var letter = await CreateAsync(platform);
        var citizen = await OfficeClient.SignInAsync(platform, "shimin", "/my");
        var stranger = await OfficeClient.SignInAsync(platform, "xzsp.juzhang");

        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.Browser.GetAsync("/api/v1/interaction/office/letters")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Browser.GetAsync(OfficeClient.Url(letter.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Browser.GetAsync($"/office/interaction/letters/{letter.Id}")).StatusCode);
        await stranger.RefusedAsync(letter.Id, "reject", new { reason = "不是本部门" }, HttpStatusCode.NotFound);
    }

    private async Task<Guid> DepartmentAsync(string code)
    {
        await using var scope = platform.Scope();
        var tree = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().TreeAsync();
        return tree.Single(d => d.Code == code).Id;
    }

    private async Task<Letter> RepliedAsync(bool consent = true)
    {
        var letter = await CreateAsync(platform, consent: consent);
        var handler = await OfficeClient.SignInAsync(platform, Handler);
        await handler.StepAsync(letter.Id, "sign-for");
        await handler.StepAsync(letter.Id, "reply", new { content = "已处理。" });
        await (await OfficeClient.SignInAsync(platform, Reviewer)).StepAsync(letter.Id, "reply-approve");
        return letter;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LetterHandlingOnSqlite(SqlitePlatform platform) : LetterHandlingTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class LetterHandlingOnPostgres(PostgresPlatform platform) : LetterHandlingTests(platform);
