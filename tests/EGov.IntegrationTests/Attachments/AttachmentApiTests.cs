using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EGov.IntegrationTests.Inbox;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Crypto;

namespace EGov.IntegrationTests.Attachments;

public abstract class AttachmentApiTests(PlatformFactory platform)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
    private readonly Guid _uploader = Guid.NewGuid();

    private HttpClient Client(Guid? user, bool asBrowser = false)
    {
        var client = SignedInHosts.For(platform).CreateClient(new() { AllowAutoRedirect = false });
        if (user is { } id && asBrowser)
        {
            client.DefaultRequestHeaders.Add("X-Test-User", SignedInHosts.Value(id));
        }
        else if (user is { } machine)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Test", SignedInHosts.Value(machine));
        }

        return client;
    }

    private static MultipartFormDataContent Form(byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private async Task<JsonElement> UploadAsync(byte[] content, string name)
    {
        var response = await Client(_uploader).PostAsync("/api/v1/attachments", Form(content, name));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Upload_answers_with_id_sm3_and_detected_type()
    {
        var uploaded = await UploadAsync(Pdf, "政府信息公开申请表.pdf");

        Assert.Equal(Convert.ToHexStringLower(Sm3.Hash(Pdf)), uploaded.GetProperty("sm3").GetString());
        Assert.Equal("application/pdf", uploaded.GetProperty("contentType").GetString());
        Assert.Equal("政府信息公开申请表.pdf", uploaded.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Download_is_an_attachment_that_is_never_sniffed_and_carries_the_sm3()
    {
        var id = (await UploadAsync(Pdf, "申请表.pdf")).GetProperty("id").GetGuid();

        var response = await Client(_uploader).GetAsync($"/api/v1/attachments/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment; filename*=UTF-8''%E7%94%B3%E8%AF%B7%E8%A1%A8.pdf", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Convert.ToHexStringLower(Sm3.Hash(Pdf)), response.Headers.GetValues("X-Content-SM3").Single());
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Someone_elses_draft_is_forbidden_and_anonymous_must_sign_in()
    {
        var id = (await UploadAsync(Pdf, "材料.pdf")).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await Client(Guid.NewGuid()).GetAsync($"/api/v1/attachments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(null).GetAsync($"/api/v1/attachments/{id}")).StatusCode);
    }

    [Fact]
    public async Task Executable_renamed_to_pdf_is_refused_with_a_chinese_problem()
    {
        byte[] exe = [.. "MZ"u8, 0x90, 0x00, 0x03, .. new byte[60]];

        var response = await Client(_uploader).PostAsync("/api/v1/attachments", Form(exe, "通知.pdf"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("attachments.type_not_allowed", problem.GetProperty("code").GetString());
        Assert.Equal("文件类型不允许：只接受 PDF、OFD、Word、Excel、图片", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Browser_upload_without_antiforgery_token_is_refused()
    {
        var response = await Client(_uploader, asBrowser: true).PostAsync("/api/v1/attachments", Form(Pdf, "a.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("attachments.form_expired", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AttachmentApiTestsOnSqlite(SqlitePlatform platform) : AttachmentApiTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class AttachmentApiTestsOnPostgres(PostgresPlatform platform) : AttachmentApiTests(platform);
