using EGov.BrowserTests.Infrastructure;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Demo;
using EGov.Platform.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class OfficeHomeTests(BrowserPlatform platform)
{
    [Fact]
    public async Task Demo_clerk_signs_in_and_sees_the_office_home_with_an_overdue_item_in_the_inbox()
    {
        await GiveOverdueItemToAsync("bgs.keyuan", "请审核《西陵区2026年第四季度政务公开工作要点》");
        var page = await platform.NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("用户名或手机号").FillAsync("bgs.keyuan");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(new Uri(page.Url).AbsolutePath == "/office", $"after sign-in at {page.Url}: {await page.Locator("main").InnerTextAsync()}");

        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "政务公开工作要点" });
        Assert.Contains("西陵区人民政府办公室", await page.Locator("header").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("超期", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("level-overdue", await row.InnerHTMLAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "egov-office-home.png"), FullPage = true });
    }

    private async Task GiveOverdueItemToAsync(string userName, string title)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var user = await db.Set<UserAccount>().SingleAsync(u => u.UserName == userName);
        scope.ServiceProvider.GetRequiredService<IWorkItems>().Add(new NewWorkItem(
            "office", "browser-test", title, "/office", Guid.NewGuid().ToString(),
            WorkItemAssignee.Person(user.Id), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3)));
        await db.SaveChangesAsync();
    }
}
