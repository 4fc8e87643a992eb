using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.BrowserTests.Infrastructure;

/// <summary>
/// The platform on a real Kestrel port (SQLite, demo data) and Debian's Chromium driven headless by Playwright.
/// No browser download: Playwright uses <c>/usr/bin/chromium</c>.
/// </summary>
public sealed class BrowserPlatform : IAsyncLifetime, IDisposable
{
    private readonly SqlitePlatform _platform = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _platform.Services;

    public async Task InitializeAsync()
    {
        _platform.UseKestrel(0);
        await ((IAsyncLifetime)_platform).InitializeAsync();
        _platform.StartServer();
        var addresses = _platform.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("EGOV_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        });
        // A cold first request (Razor, EF model, PBKDF2) on a loaded 2-core CI machine can take a while.
        context.SetDefaultTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Signs in through the sign-in page as a person would and waits until the platform has left <c>/account</c>.
    /// A refused sign-in fails at once with the page's own message instead of waiting out the timeout.
    /// </summary>
    public async Task<IPage> SignedInAsync(string userName, int width = 1280, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("用户名或手机号").FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        var left = page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/account", StringComparison.Ordinal));
        var refused = page.Locator(".validation-summary-errors, .field-validation-error").First.WaitForAsync();
        if (await Task.WhenAny(left, refused) == refused && !left.IsCompleted)
        {
            throw new InvalidOperationException($"{userName} 登录未成功（{page.Url}）：{await page.Locator("main").InnerTextAsync()}");
        }

        await left;
        return page;
    }

    public void Dispose() => _platform.Dispose();

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await ((IAsyncLifetime)_platform).DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserPlatform>
{
    public const string Name = "Browser";
}
