using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.Approvals.Catalog;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Approvals.Intake;

/// <summary>Signs in demo accounts, uploads files, applies through the API and reads the results back from the database.</summary>
internal sealed partial class IntakeDriver(PlatformFactory platform)
{
    public const string FoodLicence = "XLXZSP-XK-001";

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");

    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    public async Task<Browser> SignedInAsync(string login)
    {
        var browser = new Browser(platform);
        var response = await browser.SignInAsync(login, "Demo@2026");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public async Task<ServiceItem> ItemAsync(string code = FoodLicence)
    {
        await using var scope = platform.Scope();
        return (await scope.ServiceProvider.GetRequiredService<ItemCatalog>().FindPublishedByCodeAsync(code))!;
    }

    /// <summary>The antiforgery token of a page with a post form, for the <c>X-CSRF-TOKEN</c> header.</summary>
    public static async Task<string> TokenAsync(Browser browser, string page)
    {
        var html = await browser.Client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"{page} has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<Guid> UploadAsync(Browser browser, string token, string name = "材料.pdf")
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Pdf), "file", name } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/attachments") { Content = content };
        request.Headers.Add("X-CSRF-TOKEN", token);
        var response = await browser.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> PostJsonAsync(Browser browser, string token, string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return await browser.Client.SendAsync(request);
    }

    public static Dictionary<string, object> FoodForm() => new()
    {
        ["operator_name"] = "西陵区张三餐饮店",
        ["credit_code"] = "91420502MA4XL00012",
        ["premises"] = "湖北省宜昌市西陵区夷陵大道1号",
        ["business_format"] = "餐饮服务经营者",
        ["business_items"] = new[] { "热食类食品制售", "冷食类食品制售" },
        ["staff"] = new[] { new[] { "张三", "厨师", "HB001" }, new[] { "", "", "" } },
        ["opening_date"] = Today.AddDays(30).ToString("yyyy-MM-dd"),
    };

    /// <summary>Applies online for the food licence with a fresh file for every 必要 material; returns the receipt JSON.</summary>
    public static async Task<JsonElement> ApplyOnlineAsync(Browser citizen, ServiceItem item)
    {
        var token = await TokenAsync(citizen, $"/services/items/{item.Id}/apply");
        var materials = new List<object>();
        foreach (var material in item.Materials.Where(m => m.Necessity == MaterialNecessity.Required))
        {
            materials.Add(new { requiredMaterialId = material.Id, attachmentId = await UploadAsync(citizen, token, material.Name + ".pdf") });
        }

        var response = await PostJsonAsync(citizen, token, "/api/v1/approvals/applications", new { itemId = item.Id, form = FoodForm(), materials });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<Application> ApplicationAsync(Guid id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<Application>().AsNoTracking().SingleAsync(a => a.Id == id);
    }

    public async Task<List<ApplicationMaterial>> MaterialsAsync(Guid applicationId)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<ApplicationMaterial>().AsNoTracking().Where(m => m.ApplicationId == applicationId).ToListAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
