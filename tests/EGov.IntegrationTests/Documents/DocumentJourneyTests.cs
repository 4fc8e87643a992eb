using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static EGov.IntegrationTests.Documents.OutgoingFixtures;

namespace EGov.IntegrationTests.Documents;

/// <summary>
/// Issue 8's journey across the parts: a signed-off 通知 is numbered, sealed (GB/T 9704 PDF + SM2 e-seal) and sent; the
/// receiving unit finds it in its 收文; the sealed PDF verifies on the public API and fails with one byte changed; a
/// 交换包 exported for another instance of the platform (its own empty database) imports there once, after verification.
/// </summary>
public abstract class DocumentJourneyTests(PlatformFactory platform)
{
    private const string Dispatcher = "bgs.keyuan";

    [Fact]
    public async Task Sealed_notice_reaches_the_recipient_verifies_and_crosses_to_another_instance_by_package()
    {
        var id = await SignedOffAsync(platform, "西政发");
        await using (var scope = platform.Scope())
        {
            var db = PlatformFactory.Db(scope);
            var document = await db.Set<OfficialDocument>().SingleAsync(d => d.Id == id);
            document.MainRecipientIds = [await DepartmentAsync(platform, "xlq-xljd")];
            document.CopyRecipients = "西陵市人民政府办公室";
            document.Publicity = Publicity.Proactive;
            await db.SaveChangesAsync();
        }

        var dispatcher = await DocumentClient.SignInAsync(platform, Dispatcher);
        var numbered = await dispatcher.StepAsync(id, "number", new { version = Version(await dispatcher.GetAsync(id)) });
        var sealedDocument = await dispatcher.StepAsync(id, "seal", new { version = Version(numbered) });
        var distributed = await dispatcher.StepAsync(id, "distribute", new { version = Version(sealedDocument) });
        var number = numbered.GetProperty("documentNumber").GetString()!;
        await PublishAsync(dispatcher, id, Version(distributed), number);

        var pdf = await SealedPdfAsync(id);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        await using (var scope = platform.Scope())
        {
            var received = await PlatformFactory.Db(scope).Set<IncomingDocument>().AsNoTracking().SingleAsync(i => i.SourceReference == id.ToString());
            Assert.Equal((IncomingState.Delivered, IncomingChannel.Electronic, number, await DepartmentAsync(platform, "xlq-xljd")),
                (received.State, received.Channel, received.DocumentNumber, received.DepartmentId));
        }

        var receipt = (await dispatcher.GetAsync(id)).GetProperty("distributions").EnumerateArray()
            .Single(d => d.GetProperty("departmentId").ValueKind != JsonValueKind.Null).GetProperty("receipt");
        Assert.Equal("待签收", receipt.GetProperty("stateName").GetString());

        var valid = await VerifyAsync(pdf);
        Assert.True(valid.GetProperty("valid").GetBoolean(), valid.ToString());
        Assert.Equal(number, valid.GetProperty("documentNumber").GetString());
        var altered = (byte[])pdf.Clone();
        altered[altered.Length / 3] ^= 0x01;
        var invalid = await VerifyAsync(altered);
        Assert.False(invalid.GetProperty("valid").GetBoolean());
        Assert.False(string.IsNullOrEmpty(invalid.GetProperty("reason").GetString()));

        var city = new SqlitePlatform();
        await ((IAsyncLifetime)city).InitializeAsync();
        try
        {
            await ExchangeAsync(city, id, number, pdf);
        }
        finally
        {
            await ((IAsyncLifetime)city).DisposeAsync();
        }
    }

    private async Task ExchangeAsync(SqlitePlatform city, Guid id, string number, byte[] pdf)
    {
        var districtOffice = await DocumentClient.SignInAsync(platform, Dispatcher);
        var cityOffice = await DocumentClient.SignInAsync(city, Dispatcher);
        var cityAgency = await RegisterAsync(districtOffice, await CertificateAsync(cityOffice), "西陵市人民政府");
        await RegisterAsync(cityOffice, await CertificateAsync(districtOffice), "西陵区人民政府");

        var (exportStatus, package, exportProblem) = await districtOffice.DownloadAsync(HttpMethod.Post, "/api/v1/documents/exchange/export", new { documentId = id, agencyId = cityAgency });
        Assert.True(exportStatus == HttpStatusCode.OK, exportProblem.ToString());
        var tampered = (byte[])package.Clone();
        tampered[tampered.Length / 2] ^= 0x01;
        var (tamperedStatus, _, tamperedProblem) = await cityOffice.UploadAsync("/api/v1/documents/exchange/import", tampered, "x.xlpkg");
        Assert.Equal(HttpStatusCode.BadRequest, tamperedStatus);
        Assert.Contains(tamperedProblem.GetProperty("code").GetString(), new[] { "documents.package_signature_invalid", "documents.package_unreadable" });

        var (importStatus, _, imported) = await cityOffice.UploadAsync("/api/v1/documents/exchange/import", package, "x.xlpkg");
        Assert.True(importStatus == HttpStatusCode.Created, imported.ToString());
        await using (var scope = city.Scope())
        {
            var incoming = await PlatformFactory.Db(scope).Set<IncomingDocument>().AsNoTracking().SingleAsync(i => i.Id == imported.GetProperty("incomingId").GetGuid());
            Assert.Equal((IncomingChannel.Package, number, "西陵区人民政府", IncomingState.Delivered), (incoming.Channel, incoming.DocumentNumber, incoming.SenderAgency, incoming.State));
            var store = scope.ServiceProvider.GetRequiredService<IAttachmentStore>();
            await using var stream = store.OpenRead((await store.FindAsync(incoming.AttachmentId!.Value))!);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(pdf, copy.ToArray());
        }

        var (againStatus, _, again) = await cityOffice.UploadAsync("/api/v1/documents/exchange/import", package, "x.xlpkg");
        Assert.Equal((HttpStatusCode.Conflict, "documents.package_duplicate"), (againStatus, again.GetProperty("code").GetString()));
    }

    /// <summary>主动公开: the document appears in the portal's 文件资料 with its sealed PDF, once.</summary>
    private async Task PublishAsync(DocumentClient dispatcher, Guid id, long version, string number)
    {
        var published = await dispatcher.StepAsync(id, "publish", new { version });
        var url = published.GetProperty("portalUrl").GetString()!;
        Assert.Equal("主动公开", published.GetProperty("publicityName").GetString());
        using var visitor = platform.CreateClient();
        var article = await visitor.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.Contains(number, article, StringComparison.Ordinal);
        Assert.Contains("盖章文件 PDF", article, StringComparison.Ordinal);
        var again = await dispatcher.SendAsync(HttpMethod.Post, $"/api/v1/documents/outgoing/{id}/publish", new { version = Version(published) });
        Assert.Equal((HttpStatusCode.Conflict, "documents.already_published"), (again.Status, again.Body.GetProperty("code").GetString()));
    }

    private async Task<byte[]> SealedPdfAsync(Guid id)
    {
        await using var scope = platform.Scope();
        var document = await PlatformFactory.Db(scope).Set<OfficialDocument>().AsNoTracking().SingleAsync(d => d.Id == id);
        var store = scope.ServiceProvider.GetRequiredService<IAttachmentStore>();
        await using var stream = store.OpenRead((await store.FindAsync(document.SealedPdfId!.Value))!);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private async Task<JsonElement> VerifyAsync(byte[] pdf)
    {
        using var client = platform.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "document.pdf");
        var response = await client.PostAsync("/api/v1/documents/verify", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<byte[]> CertificateAsync(DocumentClient office)
    {
        var (status, body, _) = await office.DownloadAsync(HttpMethod.Get, "/api/v1/documents/exchange/certificate");
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    private static async Task<Guid> RegisterAsync(DocumentClient office, byte[] bundle, string name)
    {
        var (status, _, json) = await office.UploadAsync("/api/v1/documents/exchange/agencies", bundle, "交换证书.json", ("name", name));
        Assert.True(status == HttpStatusCode.Created, json.ToString());
        return json.GetProperty("id").GetGuid();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DocumentJourneyOnSqlite(SqlitePlatform platform) : DocumentJourneyTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class DocumentJourneyOnPostgres(PostgresPlatform platform) : DocumentJourneyTests(platform);
