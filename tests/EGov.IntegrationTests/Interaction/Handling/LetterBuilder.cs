using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Letters;
using EGov.Platform.Clocks;
using EGov.Platform.Inbox;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Interaction.Handling;

/// <summary>Letters for the handling tests, registered straight through the module's clocks and routing (as the registrar does).</summary>
internal static class LetterBuilder
{
    /// <param name="routeTo">The handling department's code, or null to leave it 待分办.</param>
    public static async Task<Letter> CreateAsync(
        PlatformFactory platform, string? routeTo = "xlq-scjg", bool consent = true, string mailbox = "qzxx", LetterKind kind = LetterKind.Complaint, string? subject = null)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var box = await db.Set<Mailbox>().SingleAsync(m => m.Code == mailbox);
        var today = ChinaTime.Today(TimeProvider.System);
        var letter = new Letter
        {
            Number = $"T{Guid.NewGuid():N}"[..20],
            MailboxId = box.Id,
            MailboxDepartmentId = box.DepartmentId,
            Kind = kind,
            Subject = subject ?? $"测试信件 {Guid.NewGuid():N}",
            Content = "我叫张三，手机13800000001，反映某餐馆卫生问题。",
            WriterName = "张三",
            WriterPhone = "13800000001",
            ConsentToPublish = consent,
            State = LetterState.Registered,
            SubmittedAt = DateTime.UtcNow,
            RegisteredOn = today,
        };
        db.Add(letter);
        var sp = scope.ServiceProvider;
        Assert.True(sp.GetRequiredService<LetterClocks>().StartReply(letter, today).IsSuccess);
        var routing = sp.GetRequiredService<LetterRouting>();
        if (routeTo is null)
        {
            routing.AwaitDispatch(letter, "测试");
        }
        else
        {
            var department = (await sp.GetRequiredService<IOrganizationDirectory>().TreeAsync()).Single(d => d.Code == routeTo);
            Assert.True((await routing.RouteAsync(letter, department.Id, null, null, default)).IsSuccess);
        }

        await db.SaveChangesAsync();
        return letter;
    }

    public static async Task<Letter> LoadAsync(PlatformFactory platform, Guid id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<Letter>().AsNoTracking().SingleAsync(l => l.Id == id);
    }

    public static async Task<StatutoryClock> ClockAsync(PlatformFactory platform, Guid? id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<StatutoryClock>().AsNoTracking().SingleAsync(c => c.Id == id);
    }

    public static async Task<List<string>> OpenWorkAsync(PlatformFactory platform, Guid id)
    {
        await using var scope = platform.Scope();
        var caseId = id.ToString();
        return await PlatformFactory.Db(scope).Set<WorkItem>().AsNoTracking().Where(w => w.CaseId == caseId && w.CompletedAt == null).Select(w => w.Kind).ToListAsync();
    }
}
