using EGov.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace EGov.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PortalHomeTests(BrowserPlatform platform)
{
    [Fact]
    public async Task Keyboard_user_reaches_the_skip_link_first_and_it_jumps_to_main()
    {
        var page = await platform.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("跳到主要内容", focused.Trim());
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Elder_mode_switch_enlarges_text_and_is_remembered()
    {
        var page = await platform.NewPageAsync();
        await page.GotoAsync("/");
        var before = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.documentElement).fontSize)");

        await page.GetByRole(AriaRole.Button, new() { Name = "长者模式" }).ClickAsync();
        await page.ReloadAsync();
        var after = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.documentElement).fontSize)");

        Assert.True(after > before * 1.3, $"font size {before} → {after}");
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "长者模式" }).GetAttributeAsync("aria-pressed"));
    }
}
