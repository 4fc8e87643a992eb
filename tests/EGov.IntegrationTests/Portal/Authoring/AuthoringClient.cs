using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity.Demo;
using EGov.Portal.Contracts;

namespace EGov.IntegrationTests.Portal.Authoring;

/// <summary>A signed-in browser for the editing pages: multipart forms with antiforgery, and API calls from the same session.</summary>
internal sealed partial class AuthoringClient(PlatformFactory platform)
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");

    public Browser Browser { get; } = new(platform);

    public HttpClient Http => Browser.Client;

    /// <summary>Gives the demo roles their portal permissions (the public-site helper's seeder does it once merged).</summary>
    public static async Task GrantDemoPermissionsAsync(PlatformFactory platform)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        await DemoRoles.GrantAsync(db, DemoRoles.Editor, [PortalPermissions.Edit]);
        await DemoRoles.GrantAsync(db, DemoRoles.Leader, [PortalPermissions.Review, PortalPermissions.Manage, PortalPermissions.Monitor]);
        await DemoRoles.GrantAsync(db, DemoRoles.Reviewer, [PortalPermissions.Review]);
    }

    public static async Task<AuthoringClient> SignedInAsync(PlatformFactory platform, string userName)
    {
        await GrantDemoPermissionsAsync(platform);
        var client = new AuthoringClient(platform);
        var signIn = await client.Browser.SignInAsync(userName, "Demo@2026");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    /// <summary>The antiforgery token of a page, for a form post or the <c>X-CSRF-TOKEN</c> header.</summary>
    public async Task<string> TokenAsync(string page)
    {
        var html = await Http.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"{page} has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public async Task<HttpResponseMessage> PostMultipartAsync(string page, IDictionary<string, string> fields, params (string Field, string FileName, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent { { new StringContent(await TokenAsync(page)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, field, fileName);
        }

        return await Http.PostAsync(page, form);
    }

    public async Task<HttpResponseMessage> UploadAsync(Guid articleId, string fileName, byte[] content, string? title = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/portal/articles/{articleId}/attachments") { Content = form };
        request.Headers.Add("X-CSRF-TOKEN", await TokenAsync("/office/portal/articles"));
        return await Http.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
