using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Approvals.Oversight;
using EGov.IntegrationTests.Approvals.Handling;
using EGov.IntegrationTests.Infrastructure;
using EGov.Oversight.Contracts;
using EGov.Platform.Clocks;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Approvals.Oversight;

/// <summary>
/// Applications for the anomaly checks: made by the handling tests' <see cref="ApplicationBuilder"/> (an item of their
/// own, submitted), then given a history straight in the database, and the module's source asked what it finds.
/// </summary>
internal sealed class AnomalyCases(PlatformFactory platform)
{
    public static readonly IReadOnlySet<string> AllRules = ApplicationAnomalyRules.All.Select(r => r.Code).ToHashSet();

    public static DateTime Now => DateTime.UtcNow;

    public async Task<Guid> SubmittedAsync(Action<ServiceItem>? item = null) => (await ApplicationBuilder.CreateAsync(platform, item: item)).Id;

    /// <summary>
    /// A committed application accepted at <paramref name="acceptedAt"/> and concluded at <paramref name="concludedAt"/>
    /// with every record in between (decision, result, delivery): it breaks no rule unless changed afterwards.
    /// </summary>
    public async Task<Guid> ConcludedAsync(DateTime? acceptedAt = null, DateTime? concludedAt = null, Action<ServiceItem>? item = null)
    {
        var id = await SubmittedAsync(item);
        var (accepted, concluded) = (acceptedAt ?? Now.AddDays(-3), concludedAt ?? Now.AddHours(-1));
        await ChangeAsync(id, a =>
        {
            a.AcceptedOn = ChinaTime.DateOf(accepted);
            (a.Decision, a.DecidedOn, a.ResultProducedOn) = (Decision.Approved, ChinaTime.DateOf(concluded), ChinaTime.DateOf(concluded));
            (a.DeliveryMethod, a.DeliveredOn) = (DeliveryOptions.Window, ChinaTime.DateOf(concluded));
            (a.State, a.ConcludedOn, a.ConcludedAt, a.UpdatedAt) = (ApplicationState.Concluded, ChinaTime.DateOf(concluded), concluded, concluded);
        });
        await StepsAsync(id, ("accepted", accepted), ("decided", concluded.AddMinutes(-30)), ("result_produced", concluded.AddMinutes(-20)), ("delivered", concluded.AddMinutes(-10)), ("concluded", concluded));
        return id;
    }

    public async Task ChangeAsync(Guid id, Action<Application> change)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        change(await db.Set<Application>().SingleAsync(a => a.Id == id));
        await db.SaveChangesAsync();
    }

    public async Task StepsAsync(Guid id, params (string Kind, DateTime At)[] steps)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        db.AddRange(steps.Select(s => new ApplicationStep { ApplicationId = id, Kind = s.Kind, Title = s.Kind, At = s.At, Date = ChinaTime.DateOf(s.At), ActorName = "测试" }));
        await db.SaveChangesAsync();
    }

    /// <summary>Removes the journal steps of the given kinds, as if that handling never happened in the system.</summary>
    public async Task RemoveStepsAsync(Guid id, params string[] kinds)
    {
        await using var scope = platform.Scope();
        await PlatformFactory.Db(scope).Set<ApplicationStep>().Where(s => s.ApplicationId == id && kinds.Contains(s.Kind)).ExecuteDeleteAsync();
    }

    public async Task NoticesAsync(Guid id, params DateOnly[] issued)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        db.AddRange(issued.Select(d => new CorrectionNotice
        {
            ApplicationId = id,
            IssuedOn = d,
            IssuedBy = Guid.NewGuid(),
            Entries = [new CorrectionEntry { MaterialName = "申请书", Problem = "未签字" }],
        }));
        await db.SaveChangesAsync();
    }

    /// <summary>The demo applications' ids and their promised clocks.</summary>
    public async Task<(HashSet<string> Applications, List<StatutoryClock> Clocks)> DemoPromisedClocksAsync()
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var demo = await db.Set<Application>().Where(a => a.IsDemo).Select(a => new { a.Id, a.PromisedClockId }).ToListAsync();
        var clockIds = demo.Where(d => d.PromisedClockId != null).Select(d => d.PromisedClockId!.Value).ToList();
        var clocks = await db.Set<StatutoryClock>().Where(c => clockIds.Contains(c.Id)).ToListAsync();
        return ([.. demo.Select(d => d.Id.ToString())], clocks);
    }

    public async Task<IReadOnlyList<AnomalyFinding>> FindAsync(IReadOnlySet<string>? rules = null, DateTime? since = null)
    {
        await using var scope = platform.Scope();
        var source = scope.ServiceProvider.GetServices<IAnomalySource>().OfType<ApplicationAnomalySource>().Single();
        return await source.FindAsync(rules ?? AllRules, since ?? DateTime.MinValue, CancellationToken.None);
    }

    /// <summary>The rules found for <paramref name="id"/>.</summary>
    public static string[] RulesOf(IEnumerable<AnomalyFinding> findings, Guid id)
        => [.. findings.Where(f => f.CaseId == id.ToString()).Select(f => f.Rule).Order(StringComparer.Ordinal)];
}
