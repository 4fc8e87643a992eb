using System.Text.Json;
using EGov.BrowserTests.Infrastructure;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Data;
using EGov.Platform.Identity.Demo;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.BrowserTests.Disclosure;

/// <summary>
/// The "done when": a citizen asks for information online, the office sends a correction notice, the citizen
/// corrects, the head of the office extends once, the office replies 部分公开 with a generated letter, the citizen
/// downloads it, and the year's annual report counts it and still balances.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RequestJourneyTests(BrowserPlatform platform)
{
    [Fact]
    public async Task Citizen_request_is_corrected_extended_partly_disclosed_and_counted_in_the_annual_report()
    {
        var year = ChinaTime.Today(TimeProvider.System).Year;
        var before = await PartialDisclosuresOfNaturalPersonsAsync(year);

        var citizen = await platform.NewPageAsync();
        await citizen.GotoAsync("/disclosure/requests/new?agency=xlq");
        await citizen.Locator("#Input_ApplicantType").SelectOptionAsync(nameof(ApplicantType.NaturalPerson));
        await citizen.Locator("#Input_ApplicantName").FillAsync("王小明");
        await citizen.Locator("#Input_IdentityDocumentKind").SelectOptionAsync("居民身份证");
        await citizen.Locator("#Input_IdentityNumber").FillAsync("420502199001011238");
        await citizen.Locator("#Input_Phone").FillAsync("13900000009");
        await citizen.Locator("#Input_Description").FillAsync("西陵区老旧小区改造");
        await citizen.Locator($"#form-{InformationForm.Electronic}").CheckAsync();
        await citizen.Locator($"#delivery-{DeliveryMethod.Online}").CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        var number = (await citizen.Locator("#receipt-number").InnerTextAsync()).Trim();
        var code = (await citizen.Locator("#receipt-code").InnerTextAsync()).Trim();
        var id = await RequestIdAsync(number);

        var clerk = await platform.SignedInAsync("bgs.keyuan");
        await clerk.GotoAsync($"/office/disclosure/requests/{id}/confirm");
        await clerk.Locator("#Input_Note").FillAsync("电话确认，申请人本人接听");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "确认收到" }).ClickAsync();
        await clerk.GotoAsync($"/office/disclosure/requests/{id}");
        await OpenAsync(clerk, "发出补正告知");
        await clerk.Locator("#items").FillAsync("请写明所需信息的具体名称或文号，以及涉及的小区名称和年度。");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "发出补正告知" }).ClickAsync();
        Assert.Equal(RequestState.AwaitingCorrection, await StateAsync(id));

        await citizen.GotoAsync("/disclosure/requests/correct");
        await citizen.Locator("#number").FillAsync(number);
        await citizen.Locator("#code").FillAsync(code);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "查看补正告知" }).ClickAsync();
        await citizen.Locator("#description").FillAsync("西陵区2026年老旧小区改造项目计划及各小区的改造资金安排");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交补正" }).ClickAsync();
        Assert.Equal(RequestState.Handling, await StateAsync(id));

        var head = await platform.SignedInAsync("bgs.zhuren");
        await head.GotoAsync($"/office/disclosure/requests/{id}");
        await OpenAsync(head, "批准延期答复");
        await head.Locator("#days").FillAsync("20");
        await head.Locator("#reason").FillAsync("所需信息涉及多个部门和项目，需汇总核实。");
        await head.GetByRole(AriaRole.Button, new() { Name = "批准延期并告知申请人" }).ClickAsync();

        await clerk.GotoAsync($"/office/disclosure/requests/{id}");
        await OpenAsync(clerk, "拟定答复");
        await clerk.Locator("#outcome").SelectOptionAsync(nameof(ReplyOutcome.PartiallyDisclosed));
        await clerk.Locator("#reply-text").FillAsync("项目计划予以公开；各小区资金安排中涉及施工企业商业秘密的部分不予公开（《条例》第十五条）。");
        await clerk.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "改造项目计划.pdf", MimeType = "application/pdf", Buffer = MinimalPdf() });
        await clerk.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();

        await head.GotoAsync($"/office/disclosure/requests/{id}");
        await OpenAsync(head, "审核答复");
        await head.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await OpenAsync(head, "签发答复");
        await head.GetByRole(AriaRole.Button, new() { Name = "签发并生成答复告知书" }).ClickAsync();

        await clerk.GotoAsync($"/office/disclosure/requests/{id}");
        await OpenAsync(clerk, "送达答复");
        await clerk.Locator("#method").SelectOptionAsync(nameof(DeliveryMethod.Online));
        await clerk.GetByRole(AriaRole.Button, new() { Name = "确认送达" }).ClickAsync();
        Assert.Equal(RequestState.Replied, await StateAsync(id));

        await citizen.GotoAsync("/disclosure/requests/track");
        await citizen.Locator("#track-number").FillAsync(number);
        await citizen.Locator("#track-code").FillAsync(code);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var progress = await citizen.Locator("main").InnerTextAsync();
        Assert.Contains("已答复", progress, StringComparison.Ordinal);
        Assert.Contains("延期", progress, StringComparison.Ordinal);
        var letter = citizen.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("告知书") }).First;
        var download = await citizen.Context.APIRequest.GetAsync(await letter.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, download.Status);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await download.BodyAsync(), 0, 4), StringComparison.Ordinal);

        Assert.Equal(before + 1, await PartialDisclosuresOfNaturalPersonsAsync(year));
    }

    /// <summary>Row 三（二）, column 自然人, of the district government's report for the year, read as the leader reads it through the API; the report must balance.</summary>
    private async Task<int> PartialDisclosuresOfNaturalPersonsAsync(int year)
    {
        var leader = await platform.SignedInAsync("bgs.zhuren");
        var response = await leader.Context.APIRequest.GetAsync($"/api/v1/disclosure/annual-reports/{year}");
        Assert.Equal(200, response.Status);
        using var report = JsonDocument.Parse(await response.TextAsync());
        Assert.True(report.RootElement.GetProperty("check").GetProperty("balanced").GetBoolean());
        var table = report.RootElement.GetProperty("table3");
        Assert.Equal("自然人", table.GetProperty("columns")[0].GetString());
        var row = table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "三（二）");
        await leader.CloseAsync();
        return row.GetProperty("values")[0].GetInt32();
    }

    /// <summary>The detail page keeps each action folded in a <c>details</c> element under its name.</summary>
    private static async Task OpenAsync(IPage page, string action)
        => await page.Locator("details", new() { Has = page.Locator("summary", new() { HasTextString = action }) }).First.EvaluateAsync("d => d.open = true");

    private async Task<Guid> RequestIdAsync(string number)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EGovDbContext>().Set<DisclosureRequest>()
            .Where(r => r.Number == number).Select(r => r.Id).SingleAsync();
    }

    private async Task<RequestState> StateAsync(Guid id)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EGovDbContext>().Set<DisclosureRequest>()
            .Where(r => r.Id == id).Select(r => r.State).SingleAsync();
    }


    private static byte[] MinimalPdf() => EGov.Portal.PublicSite.Demo.DemoPdf.Create(["Renovation plan 2026"]);
}
