using Microsoft.Playwright;

namespace EGov.BrowserTests.Documents;

/// <summary>How a person finds a 公文 on the lists, takes a step and keeps what the page shows.</summary>
internal static class DocumentPages
{
    /// <summary>Opens a 发文 from a tab of the list, found by its title with the list's search box.</summary>
    public static async Task OpenOutgoingAsync(IPage page, string tab, string title)
    {
        await MenuAsync(page, "发文办理");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = tab, Exact = true }).ClickAsync();
        await page.GetByLabel("标题或发文字号").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "查找", Exact = true }).ClickAsync();
        await page.Locator("main table").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "办理", Exact = true }).WaitForAsync();
    }

    /// <summary>Opens a 收文 from a tab of the list (newest deliveries first).</summary>
    public static async Task OpenIncomingAsync(IPage page, string tab, string title)
    {
        await MenuAsync(page, "收文办理");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = tab, Exact = true }).ClickAsync();
        await page.Locator("main table").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "来文信息", Exact = true }).WaitForAsync();
    }

    /// <summary>Follows an entry of the office's 业务导航, as the menu offers it to the signed-in person.</summary>
    public static async Task MenuAsync(IPage page, string entry)
    {
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "业务导航" });
        var folded = menu.Locator("summary:text-is('业务菜单')");
        if (await folded.IsVisibleAsync())
        {
            await folded.ClickAsync();
        }

        await menu.GetByRole(AriaRole.Link, new() { Name = entry, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = entry, Exact = true, Level = 1 }).WaitForAsync();
    }

    /// <summary>Clicks a step's button and waits for the page to confirm it, or fails with the page's own error.</summary>
    public static async Task ActAsync(IPage page, ILocator button, string done)
    {
        await button.ClickAsync();
        var errors = page.Locator(".validation-summary-errors");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = done }).Or(errors).First.WaitForAsync();
        Assert.True(await errors.CountAsync() == 0, $"“{done}”未出现（{page.Url}）：{(await errors.CountAsync() > 0 ? await errors.InnerTextAsync() : "")}");
    }

    public static async Task<byte[]> DownloadAsync(IPage page, string link)
    {
        var href = await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).GetAttributeAsync("href");
        var response = await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).ToString());
        Assert.True(response.Ok, $"{link}：HTTP {response.Status}");
        Assert.Equal("application/pdf", response.Headers["content-type"].Split(';')[0]);
        return await response.BodyAsync();
    }

    public static Task<int> WidthAsync(IPage page) => page.EvaluateAsync<int>("document.documentElement.scrollWidth");

    public static Task ShotAsync(IPage page, string name)
        => page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"egov-doc-{name}.png"), FullPage = true });
}
