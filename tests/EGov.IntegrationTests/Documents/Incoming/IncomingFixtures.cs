using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;
using EGov.Documents.Incoming.Delivery;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Inbox;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Documents.Incoming;

/// <summary>Documents delivered as the outgoing flow delivers them, and what the tests read back from the database.</summary>
internal static class IncomingFixtures
{
    public const string Clerk = "scjg.banli";
    public const string Leader = "scjg.juzhang";
    public const string OtherClerk = "bgs.keyuan";
    public const string Unit = "xlq-scjg";

    /// <param name="pdf">Bytes of a PDF the delivery stores, or none.</param>
    public static async Task<Guid> DeliverAsync(
        PlatformFactory platform, Urgency urgency = Urgency.Normal, string? sourceReference = null, string? sender = null, byte[]? pdf = null)
    {
        await using var scope = platform.Scope();
        var services = scope.ServiceProvider;
        var recipient = await DepartmentAsync(platform, Unit);
        var senderUnit = sender is null ? null : (Guid?)await DepartmentAsync(platform, sender);
        var source = new IncomingSource(
            "西陵区人民政府办公室", $"西政办发〔2026〕{Random.Shared.Next(100, 9999)}号", $"关于开展食品安全专项检查的通知 {Guid.NewGuid():N}", DocumentType.Notice,
            urgency, Secrecy.None, new DateOnly(2026, 3, 2), DateTime.UtcNow, recipient, RecipientRole.Main, IncomingChannel.Electronic)
        { SenderDepartmentId = senderUnit, SourceReference = sourceReference, Pdf = pdf };
        var delivered = await services.GetRequiredService<IncomingDelivery>().DeliverAsync(source, CancellationToken.None);
        Assert.True(delivered.IsSuccess, delivered.Error?.Message);
        await PlatformFactory.Db(scope).SaveChangesAsync();
        return delivered.Value;
    }

    public static async Task<Guid> DepartmentAsync(PlatformFactory platform, string code)
    {
        await using var scope = platform.Scope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(code))!.Id;
    }

    public static async Task<IncomingDocument> LoadAsync(PlatformFactory platform, Guid id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<IncomingDocument>().AsNoTracking().SingleAsync(d => d.Id == id);
    }

    /// <summary>The kinds of the open to-dos of the document (its own and its readers' and assisting units').</summary>
    public static async Task<List<string>> OpenWorkAsync(PlatformFactory platform, Guid id)
    {
        await using var scope = platform.Scope();
        var key = id.ToString("D");
        return await PlatformFactory.Db(scope).Set<WorkItem>().AsNoTracking()
            .Where(w => w.Module == "documents" && w.CaseId.StartsWith(key) && w.CompletedAt == null).Select(w => w.Kind).OrderBy(k => k).ToListAsync();
    }
}
