using System.Text.Json;
using EGov.Documents.Domain;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Inbox;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Documents;

/// <summary>Department ids, documents put straight into a state, and the open to-dos of a document.</summary>
internal static class OutgoingFixtures
{
    public static async Task<Guid> DepartmentAsync(PlatformFactory platform, string code)
    {
        await using var scope = platform.Scope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(code))!.Id;
    }

    public static long Version(JsonElement document) => document.GetProperty("version").GetInt64();

    public static string State(JsonElement document) => document.GetProperty("state").GetString()!;

    public static async Task<IReadOnlyList<string>> OpenWorkAsync(PlatformFactory platform, Guid id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<WorkItem>()
            .Where(w => w.Module == "documents" && w.CaseId == id.ToString() && w.CompletedAt == null).Select(w => w.Kind).ToListAsync();
    }

    /// <summary>A signed-off 下行文 of 西陵区人民政府 waiting for its number, printed by the 区政府办公室.</summary>
    public static async Task<Guid> SignedOffAsync(PlatformFactory platform, string agencyCode)
    {
        var office = await DepartmentAsync(platform, "xlq-zfb");
        var agency = await DepartmentAsync(platform, "xlq");
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var document = new OfficialDocument
        {
            Id = Guid.NewGuid(),
            TemplateId = Guid.NewGuid(),
            AgencyId = agency,
            DispatchDepartmentId = office,
            DepartmentId = office,
            DrafterId = Guid.NewGuid(),
            DrafterName = "测试",
            Type = DocumentType.Notice,
            Direction = Direction.Downward,
            AgencyMark = "西陵区人民政府文件",
            AgencyCode = agencyCode,
            Signer = "周明",
            Title = "并发编号测试通知",
            MainRecipients = "各街道办事处",
            Body = "正文",
            SignatureAgency = "西陵区人民政府",
            PrintingAgency = "西陵区人民政府办公室",
            State = DocumentState.SignedOff,
            Round = 1,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }
}
