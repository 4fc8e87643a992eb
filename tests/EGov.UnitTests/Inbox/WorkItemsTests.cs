using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Inbox;
using Microsoft.Extensions.Time.Testing;

namespace EGov.UnitTests.Inbox;

public sealed class WorkItemsTests : IDisposable
{
    private static readonly Guid Clerk = Guid.NewGuid();
    private static readonly Guid Office = Guid.NewGuid();
    private static readonly Guid OtherDepartment = Guid.NewGuid();

    // 2026-11-28 10:00 in Shanghai.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero));
    private readonly SqliteTestDb _database = new();
    private readonly RecordingAuditLog _audit = new();

    public void Dispose() => _database.Dispose();

    private WorkItems Service(EGovDbContext db) => new(db, _audit, new WorkItemWarnings(_time, EGov.UnitTests.Calendar.Calendars.Shipped(), Microsoft.Extensions.Options.Options.Create(new ClockOptions())), _time);

    private static NewWorkItem Item(string caseId, WorkItemAssignee assignee, DateOnly? due = null, string kind = "request.reply")
        => new("disclosure", kind, $"答复申请 {caseId}", $"/office/disclosure/requests/{caseId}", caseId, assignee, due);

    private void Seed(params NewWorkItem[] items)
    {
        using var db = _database.NewContext();
        foreach (var item in items)
        {
            Service(db).Add(item);
        }

        db.SaveChanges();
    }

    private Task<InboxPage> InboxOfClerk(string[] permissions, int page = 1)
    {
        var db = _database.NewContext();
        return Service(db).ForUserAsync(Clerk, [Office], permissions, page);
    }

    [Fact]
    public async Task Department_role_items_reach_holders_of_that_permission_in_that_department()
    {
        Seed(
            Item("A", WorkItemAssignee.Person(Clerk)),
            Item("B", WorkItemAssignee.DepartmentRole(Office, "disclosure.handle")),
            Item("C", WorkItemAssignee.DepartmentRole(Office, "documents.sign")),
            Item("D", WorkItemAssignee.DepartmentRole(OtherDepartment, "disclosure.handle")),
            Item("E", WorkItemAssignee.Person(Guid.NewGuid())));

        var inbox = await InboxOfClerk(["disclosure.handle"]);

        Assert.Equal(["A", "B"], inbox.Items.Select(i => i.CaseId).Order());
        Assert.Equal(2, inbox.Total);
    }

    [Fact]
    public async Task Most_urgent_items_come_first_and_items_without_due_date_last()
    {
        Seed(
            Item("later", WorkItemAssignee.Person(Clerk), new DateOnly(2026, 12, 20)),
            Item("none", WorkItemAssignee.Person(Clerk)),
            Item("overdue", WorkItemAssignee.Person(Clerk), new DateOnly(2026, 11, 27)),
            Item("soon", WorkItemAssignee.Person(Clerk), new DateOnly(2026, 11, 30)));

        var inbox = await InboxOfClerk([]);

        Assert.Equal(["overdue", "soon", "later", "none"], inbox.Items.Select(i => i.CaseId));
        Assert.Equal(
            [WarningLevel.Overdue, WarningLevel.Warning, WarningLevel.Normal, WarningLevel.Normal],
            inbox.Items.Select(i => i.WarningLevel));
    }

    [Fact]
    public async Task Counts_per_level_cover_every_page()
    {
        var overdue = Enumerable.Range(0, 25).Select(i => Item($"O{i}", WorkItemAssignee.Person(Clerk), new DateOnly(2026, 11, 1)));
        Seed([.. overdue, Item("W", WorkItemAssignee.Person(Clerk), new DateOnly(2026, 11, 28)), Item("N", WorkItemAssignee.Person(Clerk))]);

        var second = await InboxOfClerk([], page: 2);

        Assert.Equal(new WarningCounts(Normal: 1, Warning: 1, Overdue: 25), second.Counts);
        Assert.Equal(7, second.Items.Count);
        Assert.Equal(2, second.PageCount);
    }

    [Fact]
    public async Task Completed_items_leave_the_inbox_and_are_audited()
    {
        Seed(Item("A", WorkItemAssignee.Person(Clerk)), Item("A", WorkItemAssignee.Person(Clerk), kind: "request.review"));

        await using (var db = _database.NewContext())
        {
            Assert.Equal(1, await Service(db).CompleteAsync("disclosure", "A", "request.reply", Clerk));
            await db.SaveChangesAsync();
        }

        var inbox = await InboxOfClerk([]);
        Assert.Equal(["request.review"], inbox.Items.Select(i => i.Kind));
        Assert.Contains(_audit.Records, r => r.Action == "inbox.item_completed");
    }

    [Fact]
    public async Task Completing_without_kind_completes_items_added_in_the_same_unit_of_work_too()
    {
        Seed(Item("A", WorkItemAssignee.Person(Clerk)));
        await using (var db = _database.NewContext())
        {
            var service = Service(db);
            service.Add(Item("A", WorkItemAssignee.Person(Clerk), kind: "request.review"));
            Assert.Equal(2, await service.CompleteAsync("disclosure", "A", null, Clerk));
            await db.SaveChangesAsync();
        }

        Assert.Equal(0, (await InboxOfClerk([])).Total);
    }

    [Theory]
    [InlineData("https://example.com/")]
    [InlineData("//example.com/")]
    [InlineData("/\\example.com/")]
    [InlineData("javascript:alert(1)")]
    public void Links_must_stay_on_the_site(string url)
    {
        using var db = _database.NewContext();
        var item = Item("A", WorkItemAssignee.Person(Clerk)) with { Url = url };

        Assert.Throws<ArgumentException>(() => Service(db).Add(item));
    }
}
