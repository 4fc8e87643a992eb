using EGov.BrowserTests.Infrastructure;
using EGov.Platform.Data;
using EGov.Platform.Identity.Demo;
using EGov.Portal.Domain.Articles;
using EGov.Portal.PublicSite.Demo;
using EGov.Portal.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.BrowserTests.Portal;

/// <summary>
/// The "done when": a department's editor writes an article with an attachment, sends it through 审核 and
/// 保密审查, schedules it; when its time comes a citizen finds it on the sub-site and through search.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorJourneyTests(BrowserPlatform platform)
{
    [Fact]
    public async Task Editor_article_goes_through_both_reviews_is_scheduled_and_a_citizen_finds_it()
    {
        var title = $"区市场监管局开展医保定点药店专项检查{Random.Shared.Next(1000, 9999)}";
        var editor = await platform.SignedInAsync("scjg.bianji");
        await editor.GotoAsync("/office/portal/articles/new");
        await editor.GetByLabel("站点与栏目").SelectOptionAsync(new SelectOptionValue { Label = await ChannelOptionAsync(editor, "工作动态") });
        await editor.GetByLabel("标题 （必填）", new() { Exact = true }).FillAsync(title);
        await editor.GetByLabel("正文", new() { Exact = true }).FillAsync("<p>近日，区市场监管局对辖区医保定点药店开展专项检查，重点检查药品进销存和价格公示。</p>");
        await editor.GetByLabel("定时发布（北京时间）").FillAsync(DateTime.UtcNow.AddHours(8).AddHours(2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await editor.GetByLabel("上传附件").SetInputFilesAsync(new FilePayload { Name = "检查通知.pdf", MimeType = "application/pdf", Buffer = DemoPdf.Create(["Inspection notice"]) });
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "提交审核" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        var articleId = Guid.Parse(new Uri(editor.Url).AbsolutePath.Split('/')[4]);
        Assert.Contains("待审核", await editor.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        var reviewer = await platform.SignedInAsync("scjg.shenhe");
        await reviewer.GotoAsync("/office/portal/reviews");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "审核通过，送保密审查" }).ClickAsync();

        var secrecy = await platform.SignedInAsync("baomi");
        await secrecy.GotoAsync("/office/portal/confidentiality");
        await secrecy.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        await secrecy.Locator("#passed-yes").CheckAsync();
        await secrecy.GetByLabel("审查意见（必填）").FillAsync("不涉及国家秘密和个人隐私，同意公开。");
        await secrecy.GetByRole(AriaRole.Button, new() { Name = "提交审查结论" }).ClickAsync();
        Assert.Equal(ArticleStatus.Scheduled, await StatusAsync(articleId));

        var citizen = await platform.NewPageAsync();
        await citizen.GotoAsync("/sites/scjg/");
        Assert.DoesNotContain(title, await citizen.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await TimeComesAsync(articleId);

        await citizen.GotoAsync("/sites/scjg/");
        Assert.Contains(title, await citizen.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await citizen.GetByLabel("站内搜索").FillAsync("医保 药店");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await citizen.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        Assert.Equal(title, (await citizen.Locator("h1").First.InnerTextAsync()).Trim());
        var attachment = citizen.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("检查通知") });
        var download = await citizen.Context.APIRequest.GetAsync(await attachment.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, download.Status);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await download.BodyAsync(), 0, 4), StringComparison.Ordinal);
    }


    private static async Task<string> ChannelOptionAsync(IPage page, string channelName)
    {
        var labels = await page.GetByLabel("站点与栏目").Locator("option").AllInnerTextsAsync();
        return labels.First(l => l.Contains(channelName, StringComparison.Ordinal));
    }

    private async Task<ArticleStatus> StatusAsync(Guid articleId)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EGovDbContext>().Set<Article>()
            .Where(a => a.Id == articleId).Select(a => a.Status).SingleAsync();
    }

    /// <summary>Moves the scheduled time into the past and runs the scheduler once, as its timer would.</summary>
    private async Task TimeComesAsync(Guid articleId)
    {
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EGovDbContext>().Set<Article>().Where(a => a.Id == articleId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ScheduledPublishAt, DateTime.UtcNow.AddMinutes(-1)));
        }

        var run = await platform.Services.GetRequiredService<PortalScheduler>().RunOnceAsync();
        Assert.True(run.Published >= 1, "the scheduler published nothing");
    }
}
