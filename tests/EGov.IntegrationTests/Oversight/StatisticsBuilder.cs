using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Ratings;
using EGov.IntegrationTests.Approvals.Ratings;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Oversight.Domain;
using EGov.Platform.Audit;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EGov.IntegrationTests.Oversight;

/// <summary>
/// Clocks started and stopped by the platform's <see cref="ClockService"/> at chosen instants (a fake clock), cards and
/// ratings written straight to the database, for a department no other test writes to.
/// </summary>
internal sealed class StatisticsBuilder(PlatformFactory platform)
{
    public const string Kjj = "xlq-kjj";

    public RatingsBuilder Approvals { get; } = new(platform);

    public static string NewItem(string what) => $"{what}-{Guid.NewGuid():N}"[..30];

    /// <summary>A case-counting clock (approvals' promised limit) started at 9:00 on <paramref name="start"/>, stopped at <paramref name="stopAt"/> if given.</summary>
    public async Task<StatutoryClock> ClockAsync(string item, DateOnly start, int workingDays, DateTime? stopAt = null, string department = Kjj, string caseType = ApprovalsClocks.Promised)
    {
        var departmentId = await Approvals.DepartmentAsync(department);
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var time = new FakeTimeProvider(ChinaTime.StartOfDay(start).AddHours(9));
        var clocks = new ClockService(
            db, scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>(), scope.ServiceProvider.GetRequiredService<IAuditLog>(), time,
            scope.ServiceProvider.GetRequiredService<IOptions<ClockOptions>>());
        var clock = clocks.Start(new ClockStart(ApprovalsClocks.Module, caseType, Guid.NewGuid().ToString(), $"统计测试 {item}", start, ClockLimit.WorkingDays(workingDays))
        {
            DepartmentId = departmentId,
            Item = item,
        }).Value;
        if (stopAt is { } at)
        {
            time.SetUtcNow(at);
            Assert.True(clocks.Stop(clock, "办结").IsSuccess);
        }

        await db.SaveChangesAsync();
        return clock;
    }

    public async Task<Card> CardAsync(string item, string rule, CardLevel level, bool anomaly, DateTime raisedAt, string department = Kjj)
    {
        var card = new Card
        {
            Rule = rule,
            Cause = Guid.NewGuid().ToString(),
            Level = level,
            IsAnomaly = anomaly,
            Module = ApprovalsClocks.Module,
            CaseType = ApprovalsClocks.Promised,
            CaseId = Guid.NewGuid().ToString(),
            DepartmentId = await Approvals.DepartmentAsync(department),
            Item = item,
            Title = $"统计测试 {item}",
            CaseUrl = "/office/approvals/applications/x",
            Reason = "测试原因",
            RaisedAt = raisedAt,
            RaisedOn = ChinaTime.DateOf(raisedAt),
            State = CardState.Open,
        };
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        db.Add(card);
        await db.SaveChangesAsync();
        return card;
    }

    /// <summary>A 好差评 rating of a concluded application of <paramref name="item"/>.</summary>
    public async Task ApprovalRatingAsync(string item, int overall, DateTime ratedAt, bool excluded = false)
    {
        var application = await Approvals.ApplicationAsync(Kjj, change: a => a.ItemName = item);
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        db.Add(new Rating
        {
            ApplicationId = application.Id,
            ItemId = application.ItemId,
            DepartmentId = application.DepartmentId,
            Channel = RatingChannel.Online,
            Overall = overall,
            RatedAt = ratedAt,
            Excluded = excluded,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A complaint letter handled by the department, rated by its writer at <paramref name="ratedAt"/>.</summary>
    public async Task LetterRatingAsync(Satisfaction satisfaction, DateTime ratedAt)
    {
        var department = await Approvals.DepartmentAsync(Kjj);
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var mailbox = await db.Set<Mailbox>().OrderBy(m => m.Code).FirstAsync();
        var letter = new Letter
        {
            Number = "S" + Guid.NewGuid().ToString("N")[..12],
            QueryCodeHash = new string('0', 64),
            MailboxId = mailbox.Id,
            MailboxDepartmentId = mailbox.DepartmentId,
            Kind = LetterKind.Complaint,
            Subject = "统计测试信件",
            Content = "统计测试信件",
            WriterName = "王测试",
            WriterPhone = "13912345678",
            State = LetterState.Closed,
            SubmittedAt = ratedAt.AddDays(-10),
            HandlingDepartmentId = department,
            Satisfaction = satisfaction,
            UpdatedAt = ratedAt,
        };
        db.AddRange(letter, new LetterRating { LetterId = letter.Id, Round = 1, Satisfaction = satisfaction, At = ratedAt });
        await db.SaveChangesAsync();
    }
}
