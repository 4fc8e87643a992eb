using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Writing.Rating;
using EGov.Platform.Clocks;
using EGov.Platform.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Interaction.Writing;

public abstract class RatingTests(PlatformFactory platform)
{
    private readonly WritingDriver _driver = new(platform);

    private async Task<HttpResponseMessage> RateAsync(JsonElement receipt, string satisfaction, string? comment = null)
        => await platform.CreateClient().PostAsJsonAsync("/api/v1/interaction/letters/rating", new
        {
            number = receipt.GetProperty("number").GetString(),
            queryCode = receipt.GetProperty("queryCode").GetString(),
            satisfaction,
            comment,
        });

    [Fact]
    public async Task Satisfied_closes_the_letter_stops_its_clocks_and_a_second_rating_is_refused()
    {
        var receipt = await _driver.WriteAsync("消费纠纷", "商家拒绝退货，侵害消费者权益。");
        var id = receipt.GetProperty("id").GetGuid();
        await _driver.MarkRepliedAsync(id);

        var first = await RateAsync(receipt, "BasicallySatisfied");
        var second = await RateAsync(receipt, "Satisfied");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var letter = await _driver.LetterAsync(id);
        Assert.Equal(LetterState.Closed, letter.State);
        Assert.Equal(Satisfaction.BasicallySatisfied, letter.Satisfaction);
        Assert.NotNull(letter.ClosedAt);
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        Assert.All(await db.Set<StatutoryClock>().AsNoTracking().Where(c => c.CaseId == id.ToString()).ToListAsync(), c => Assert.Equal(ClockState.Stopped, c.State));
        Assert.False(await db.Set<WorkItem>().AnyAsync(w => w.CaseId == id.ToString() && w.CompletedAt == null));
    }

    [Fact]
    public async Task Unsatisfied_reopens_once_for_the_handling_department_then_closes()
    {
        var receipt = await _driver.WriteAsync("食品安全", "学校周边小摊贩食品卫生堪忧。");
        var id = receipt.GetProperty("id").GetGuid();
        await _driver.MarkRepliedAsync(id);

        Assert.Equal(HttpStatusCode.OK, (await RateAsync(receipt, "Unsatisfied", "没有解决问题")).StatusCode);

        var reopened = await _driver.LetterAsync(id);
        Assert.Equal((LetterState.Handling, 2), (reopened.State, reopened.Round));
        await using (var scope = platform.Scope())
        {
            var db = PlatformFactory.Db(scope);
            var todo = await db.Set<WorkItem>().AsNoTracking().SingleAsync(w => w.CaseId == id.ToString() && w.Kind == RateLetterHandler.RehandleWork);
            Assert.Equal(reopened.HandlingDepartmentId, todo.AssigneeDepartmentId);
            var clock = await db.Set<StatutoryClock>().AsNoTracking().SingleAsync(c => c.Id == reopened.ReplyClockId);
            Assert.NotEqual(ClockState.Stopped, clock.State);
            var step = await db.Set<LetterStep>().AsNoTracking().SingleAsync(s => s.LetterId == id && s.Kind == "reopened");
            Assert.Contains("没有解决问题", step.InternalNote, StringComparison.Ordinal);
        }

        await _driver.MarkRepliedAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await RateAsync(receipt, "Unsatisfied")).StatusCode);

        var closed = await _driver.LetterAsync(id);
        Assert.Equal((LetterState.Closed, 2), (closed.State, closed.Round));
    }

    [Fact]
    public async Task Letter_not_yet_replied_cannot_be_rated()
    {
        var receipt = await _driver.WriteAsync("市场管理", "集贸市场管理混乱，占道经营严重。");

        var response = await RateAsync(receipt, "Satisfied");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不能评价", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writer_rates_their_own_letter_through_the_personal_api()
    {
        var receipt = await _driver.WriteAsync("价格虚高", "景区商店商品价格虚高，明码标价不实。");
        var id = receipt.GetProperty("id").GetGuid();
        await _driver.MarkRepliedAsync(id);
        var citizen = await _driver.SignedInAsync("shimin");
        var stranger = await _driver.SignedInAsync("qiye");

        var list = await citizen.Client.GetFromJsonAsync<JsonElement>("/api/v1/my/letters");
        var theirs = await WritingDriver.PostJsonAsync(stranger, await WritingDriver.TokenAsync(stranger), $"/api/v1/my/letters/{id}/rating", new { satisfaction = "Satisfied" });
        var mine = await WritingDriver.PostJsonAsync(citizen, await WritingDriver.TokenAsync(citizen), $"/api/v1/my/letters/{id}/rating", new { satisfaction = "Satisfied" });

        Assert.Contains(list.EnumerateArray(), l => l.GetProperty("id").GetGuid() == id && l.GetProperty("canRate").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(LetterState.Closed, (await _driver.LetterAsync(id)).State);
    }

    [Fact]
    public async Task Reply_unrated_after_the_rating_period_closes_as_unrated()
    {
        var old = await _driver.WriteAsync("药品价格", "药店药品价格明显高于周边，请核查。");
        var fresh = await _driver.WriteAsync("药品质量", "药店药品包装破损仍在销售，请核查。");
        await _driver.MarkRepliedAsync(old.GetProperty("id").GetGuid(), DateTime.UtcNow.AddDays(-30));
        await _driver.MarkRepliedAsync(fresh.GetProperty("id").GetGuid());

        await platform.Services.GetRequiredService<RatingDeadlineJob>().RunOnceAsync();

        Assert.Equal(LetterState.Closed, (await _driver.LetterAsync(old.GetProperty("id").GetGuid())).State);
        Assert.Equal(LetterState.Replied, (await _driver.LetterAsync(fresh.GetProperty("id").GetGuid())).State);
        await using var scope = platform.Scope();
        Assert.True(await PlatformFactory.Db(scope).Set<LetterStep>().AnyAsync(s => s.LetterId == old.GetProperty("id").GetGuid() && s.Title == "已办结（未评价）"));
    }

    [Fact]
    public async Task Api_tracking_answers_a_wrong_code_like_a_wrong_number()
    {
        var receipt = await _driver.WriteAsync("食品标签", "超市食品标签不全，无生产日期。");
        var client = platform.CreateClient();

        var right = await client.PostAsJsonAsync("/api/v1/interaction/letters/track", new { number = receipt.GetProperty("number").GetString(), queryCode = receipt.GetProperty("queryCode").GetString() });
        var wrongCode = await client.PostAsJsonAsync("/api/v1/interaction/letters/track", new { number = receipt.GetProperty("number").GetString(), queryCode = "ZZZZZZZZ" });
        var wrongNumber = await client.PostAsJsonAsync("/api/v1/interaction/letters/track", new { number = "XLXJ1999000001", queryCode = "ZZZZZZZZ" });

        Assert.Equal("Routed", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);
        Assert.Equal(wrongNumber.StatusCode, wrongCode.StatusCode);
        var detail = (await wrongCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Equal((await wrongNumber.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), detail);
        Assert.Equal("信件编号或查询码不正确。", detail);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RatingOnSqlite(SqlitePlatform platform) : RatingTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class RatingOnPostgres(PostgresPlatform platform) : RatingTests(platform);
