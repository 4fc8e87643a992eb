using System.Net.Http.Json;
using System.Text.Json;
using EGov.BrowserTests.Infrastructure;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.BrowserTests.Interaction;

/// <summary>
/// Issue "done when": a citizen writes to 区长信箱, the letter is routed to 区市场监管局 by the keyword rule, signed for,
/// answered after review, published with consent and rated; a second letter arrives through Open311 and is in the same
/// inbox of the district government office.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LetterJourneyTests(BrowserPlatform platform)
{
    [Fact]
    public async Task Citizen_writes_to_the_district_head_the_department_answers_and_the_reply_is_published_and_rated()
    {
        var subject = $"小区门口早餐店食品卫生问题{Guid.NewGuid().ToString("N")[..6]}";
        var citizen = await platform.SignedInAsync("shimin");
        await citizen.GotoAsync("/interaction/mailboxes/qzxx/write");
        await citizen.Locator("#kind-Complaint").CheckAsync();
        await citizen.GetByLabel("标题").FillAsync(subject);
        await citizen.Locator("textarea[name='Input.Content']").FillAsync("西陵二路小区门口的早餐店后厨卫生很差，食品没有遮盖，希望有关部门检查。");
        await citizen.GetByLabel("同意公开（公开时隐去个人信息）").CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await citizen.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/interaction/letters/receipt");
        var letter = await LetterAsync(subject);
        Assert.Contains(letter.Number, await citizen.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(LetterState.Routed, letter.State);

        var clerk = await platform.SignedInAsync("scjg.banli");
        await clerk.GotoAsync($"/office/interaction/letters/{letter.Id}");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "签收", Exact = true }).ClickAsync();
        await WaitForStateAsync(letter.Id, LetterState.Handling);
        await clerk.GotoAsync($"/office/interaction/letters/{letter.Id}");
        await clerk.Locator("details:has(summary:text-is('拟答复'))").EvaluateAsync("d => d.open = true");
        await clerk.Locator("#reply-content").FillAsync("经现场检查，该店已责令整改，食品已加盖存放，我局将持续跟踪。感谢您的监督。");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "提交审核", Exact = true }).ClickAsync();
        await WaitForStateAsync(letter.Id, LetterState.ReplyReview);

        var head = await platform.SignedInAsync("scjg.juzhang");
        await head.GotoAsync($"/office/interaction/letters/{letter.Id}");
        await head.GetByRole(AriaRole.Button, new() { Name = "审核通过并答复", Exact = true }).ClickAsync();
        await WaitForStateAsync(letter.Id, LetterState.Replied);

        var office = await platform.SignedInAsync("bgs.keyuan");
        await office.GotoAsync($"/office/interaction/letters/{letter.Id}");
        await office.Locator("details:has(summary:text-is('公开'))").EvaluateAsync("d => d.open = true");
        await office.GetByRole(AriaRole.Button, new() { Name = "公开", Exact = true }).ClickAsync();
        await WaitUntilAsync(async db => await db.Set<Letter>().AnyAsync(l => l.Id == letter.Id && l.IsPublished));

        var reader = await platform.NewPageAsync();
        await reader.GotoAsync($"/interaction/letters/{letter.Id}");
        var published = await reader.Locator("main").InnerTextAsync();
        Assert.Contains("已责令整改", published, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", published, StringComparison.Ordinal);

        await citizen.GotoAsync($"/my/letters/{letter.Id}");
        await citizen.Locator("#satisfaction-Satisfied").CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交评价", Exact = true }).ClickAsync();
        await WaitForStateAsync(letter.Id, LetterState.Closed);
        Assert.Equal(Satisfaction.Satisfied, (await LetterAsync(subject)).Satisfaction);
    }

    [Fact]
    public async Task A_letter_from_an_Open311_client_appears_in_the_district_government_office_inbox()
    {
        using var client = new HttpClient { BaseAddress = platform.BaseAddress };
        var posted = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = "xl-demo-open311-2026",
            ["service_code"] = "complaint",
            ["address_string"] = "西陵区夷陵大道58号",
            ["phone"] = "13900000077",
            ["description"] = $"夷陵大道人行道上的井盖松动，行人容易绊倒，请尽快维修。{Guid.NewGuid().ToString("N")[..6]}",
        }));
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        var body = await posted.Content.ReadFromJsonAsync<JsonElement>();
        var number = body[0].GetProperty("service_request_id").GetString()!;

        var office = await platform.SignedInAsync("bgs.keyuan");
        await office.GotoAsync($"/office/interaction/letters?q={number}");
        Assert.Contains(number, await office.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    private async Task<Letter> LetterAsync(string subject)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EGovDbContext>().Set<Letter>().AsNoTracking().SingleAsync(l => l.Subject == subject);
    }

    private Task WaitForStateAsync(Guid id, LetterState state)
        => WaitUntilAsync(db => db.Set<Letter>().AnyAsync(l => l.Id == id && l.State == state));

    private async Task WaitUntilAsync(Func<EGovDbContext, Task<bool>> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var scope = platform.Services.CreateAsyncScope();
            if (await condition(scope.ServiceProvider.GetRequiredService<EGovDbContext>()))
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("信件未在 60 秒内到达预期状态。");
    }
}
