using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Organization;
using EGov.Platform.Pdf;
using EGov.Platform.Results;
using EGov.Security.Contracts;
using EGov.Security.Seals;
using EGov.Security.Seals.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Security.Seals;

/// <summary>Test data for seals: a letter from the platform's PDF writer, the demo seal of 西陵区人民政府, sealing and verifying.</summary>
internal sealed class SealBuilder(PlatformFactory platform)
{
    public const string Number = "西政发〔2026〕12号";

    public byte[] Letter()
    {
        using var scope = platform.Services.CreateScope();
        var letter = new PdfLetter("西陵区人民政府关于做好2026年冬季安全生产工作的通知", ["各街道办事处，区政府各部门：", "现将有关事项通知如下。"], "西陵区人民政府", new DateOnly(2026, 11, 28));
        return scope.ServiceProvider.GetRequiredService<IPdfLetterWriter>().Write(letter).Value;
    }

    public async Task<Guid> DemoSealAsync(string departmentCode = "xlq")
    {
        await using var scope = platform.Scope();
        var department = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(departmentCode);
        return (await scope.ServiceProvider.GetRequiredService<IESeals>().FindForAgencyAsync(department!.Id))!.Id;
    }

    /// <summary>A new seal of its own (so that revoking it leaves the demo seals alone).</summary>
    public async Task<ESeal> NewSealAsync(string departmentCode = "xlq-fgw")
    {
        await using var scope = platform.Scope();
        var department = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(departmentCode);
        var today = EGov.Platform.Time.ChinaTime.Today(TimeProvider.System);
        var created = await scope.ServiceProvider.GetRequiredService<CreateSealHandler>()
            .CreateAsync(new SealInput(department!.Id, null, today, today.AddYears(1), null), "test", default);
        return await PlatformFactory.Db(scope).Set<ESeal>().AsNoTracking().SingleAsync(s => s.Id == created.Value.Id);
    }

    public async Task<Result<SealedPdf>> SealAsync(Guid sealId, byte[]? pdf = null)
    {
        await using var scope = platform.Scope();
        var request = new SealRequest(sealId, pdf ?? Letter(), new SealPlacement(0, 380, 520, 119, 119), Number, "关于做好2026年冬季安全生产工作的通知");
        return await scope.ServiceProvider.GetRequiredService<IESeals>().SealAsync(request);
    }

    public async Task<byte[]> SealedAsync() => (await SealAsync(await DemoSealAsync())).Value.Pdf;

    public async Task<SealCheck> VerifyAsync(byte[] pdf)
    {
        await using var scope = platform.Scope();
        return await scope.ServiceProvider.GetRequiredService<IESeals>().VerifyAsync(pdf);
    }

    public async Task<JsonElement> UploadAsync(byte[] pdf, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "document.pdf" } };
        var response = await platform.CreateClient().PostAsync("/api/v1/documents/verify", form);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
