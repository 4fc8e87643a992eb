using EGov.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace EGov.BrowserTests.Portal;

[Collection(BrowserCollection.Name)]
public sealed class ElderModeLayoutTests(BrowserPlatform platform)
{
    [Fact]
    public async Task Elder_mode_puts_the_home_blocks_in_one_column_with_large_targets()
    {
        var page = await platform.NewPageAsync();
        await page.GotoAsync("/");
        var columnsBefore = await ColumnsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "长者模式" }).ClickAsync();
        var columnsAfter = await ColumnsAsync(page);
        var smallestLink = await page.EvaluateAsync<double>(
            "Math.min(...[...document.querySelectorAll('.channel-nav a')].map(a => a.getBoundingClientRect().height))");

        Assert.True(columnsBefore > 1, $"{columnsBefore} columns before");
        Assert.Equal(1, columnsAfter);
        Assert.True(smallestLink >= 44, $"navigation link {smallestLink}px high");
    }

    private static Task<int> ColumnsAsync(IPage page)
        => page.EvaluateAsync<int>("new Set([...document.querySelectorAll('.home-block')].map(b => Math.round(b.getBoundingClientRect().left))).size");
}
