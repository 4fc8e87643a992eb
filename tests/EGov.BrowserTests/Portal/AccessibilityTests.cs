using EGov.BrowserTests.Infrastructure;
using EGov.Platform.Data;
using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.BrowserTests.Portal;

/// <summary>
/// WCAG 2.1 AA of every kind of public page, checked by axe-core in headless Chromium, in the normal look, in 长者模式
/// and in high contrast: any serious or critical violation fails with the list of violations.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserPlatform platform)
{
    public static TheoryData<string, string> Pages()
    {
        string[] pages = ["/", "/sites/scjg/", "/channels/zwdt", "article", "/search?q=政务服务", "/sitemap"];
        string[] modes = ["normal", "elder", "contrast"];
        var data = new TheoryData<string, string>();
        foreach (var page in pages)
        {
            foreach (var mode in modes)
            {
                data.Add(page, mode);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Public_page_has_no_serious_or_critical_accessibility_violation(string page, string mode)
    {
        var url = page == "article" ? await PolicyArticleUrlAsync() : page;
        var context = await platform.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = platform.BaseAddress.ToString(),
            Locale = "zh-CN",
            BypassCSP = true, // lets the test inject axe; the pages themselves run under the normal policy
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(90_000);
        if (mode != "normal")
        {
            await context.AddInitScriptAsync($"localStorage.setItem('egov-{(mode == "elder" ? "elder" : "contrast")}', 'on');");
        }

        var tab = await context.NewPageAsync();
        var response = await tab.GotoAsync(url);
        var violations = await AxeCheck.RunAsync(tab);
        await context.CloseAsync();

        Assert.Equal(200, response?.Status);
        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        Assert.True(serious.Count == 0, $"{url} ({mode}):\n" + string.Join("\n", serious));
    }

    /// <summary>The richest article: a policy document with 文号, validity, a PDF and an interpretation.</summary>
    private async Task<string> PolicyArticleUrlAsync()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var id = await db.Set<Article>().Where(a => a.IsDemo && a.Type == ArticleType.PolicyDocument && a.Title == "西陵区促进消费扩容提质若干措施")
            .Select(a => a.Id).SingleAsync();
        return $"/articles/{id:N}";
    }
}
