using EGov.IntegrationTests.Infrastructure;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Platform.Audit;
using EGov.Platform.Inbox;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Oversight;

/// <summary>Cards as the scan raises them (Open, in the department's inbox with a card.answer to-do), written directly with EF.</summary>
internal static class CardBuilder
{
    public static async Task<Card> RaiseAsync(
        PlatformFactory platform, CardLevel level, string department = "xlq-scjg", string? module = null, bool anomaly = false)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var departmentId = (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(department))!.Id;
        var now = DateTime.UtcNow;
        var caseId = Guid.NewGuid().ToString();
        var card = new Card
        {
            Rule = anomaly ? OversightAnomalies.LetterUnanswered : level == CardLevel.Red ? "statutory_overdue" : "promised_overdue",
            Cause = Guid.NewGuid().ToString(),
            Level = level,
            IsAnomaly = anomaly,
            ClockId = Guid.NewGuid(),
            Module = module ?? "approvals",
            CaseType = "application",
            CaseId = caseId,
            DepartmentId = departmentId,
            Item = "食品经营许可",
            Title = $"办件 {caseId[..8]}",
            CaseUrl = $"/office/approvals/applications/{caseId}",
            Reason = level == CardLevel.Red ? "超过法定办理时限仍未办结。" : "超过承诺办结时限仍未办结。",
            Evidence = $$"""{"dueDate":"{{ChinaTime.DateOf(now.AddDays(-1)):yyyy-MM-dd}}","limitDays":20}""",
            DueAt = now.AddHours(-2),
            RaisedAt = now.AddHours(-1),
            RaisedOn = ChinaTime.DateOf(now),
            State = CardState.Open,
            InInbox = true,
        };
        db.Add(card);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<IWorkItems>().Add(new NewWorkItem(
            "oversight", "card.answer", $"{(level == CardLevel.Red ? "红牌" : "黄牌")}：{card.Title}", $"/office/oversight/cards/{card.Id}", card.Id.ToString(),
            WorkItemAssignee.DepartmentRole(departmentId, OversightPermissions.Answer)));
        await db.SaveChangesAsync();
        return card;
    }

    public static async Task<Card> LoadAsync(PlatformFactory platform, long id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<Card>().AsNoTracking().SingleAsync(c => c.Id == id);
    }

    public static async Task<List<WorkItem>> WorkAsync(PlatformFactory platform, long id)
    {
        await using var scope = platform.Scope();
        var caseId = id.ToString();
        return await PlatformFactory.Db(scope).Set<WorkItem>().AsNoTracking().Where(w => w.Module == "oversight" && w.CaseId == caseId).ToListAsync();
    }

    public static async Task<List<string>> OpenWorkAsync(PlatformFactory platform, long id)
        => [.. (await WorkAsync(platform, id)).Where(w => w.CompletedAt == null).Select(w => w.Kind)];

    public static async Task<List<string>> AuditActionsAsync(PlatformFactory platform, long id)
    {
        await using var scope = platform.Scope();
        var objectId = id.ToString();
        return await PlatformFactory.Db(scope).Set<AuditEntry>().AsNoTracking()
            .Where(a => a.ObjectType == "Card" && a.ObjectId == objectId).Select(a => a.Action).ToListAsync();
    }
}
