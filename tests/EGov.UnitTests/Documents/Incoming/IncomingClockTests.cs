using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;
using EGov.Documents.Incoming;
using EGov.Platform.Clocks;
using EGov.UnitTests.Calendar;
using Microsoft.Extensions.Options;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Documents.Incoming;

public sealed class IncomingClockTests : IDisposable
{
    private readonly CalendarClockHost _host = new(D(2026, 4, 3));

    public void Dispose() => _host.Dispose();

    private IncomingClock Clock(IncomingOptions? options = null) => new(_host.Clocks, _host.Calendar, Options.Create(options ?? new IncomingOptions()));

    private static IncomingDocument Document(Urgency urgency)
        => new() { Title = "关于做好清明节期间安全工作的紧急通知", Urgency = urgency, DepartmentId = Guid.NewGuid() };

    [Fact]
    public void Extra_urgent_registered_on_the_Friday_before_Qingming_is_due_on_the_next_working_day()
    {
        // 2026-04-04..06 清明节 (Sat–Mon): 1 working day from Fri 04-03 is Tue 04-07.
        var document = Document(Urgency.ExtraUrgent);

        Assert.True(Clock().StartOnRegistration(document, D(2026, 4, 3)).IsSuccess);

        Assert.Equal(D(2026, 4, 7), document.DueDate);
        Assert.NotNull(document.ClockId);
    }

    [Fact]
    public void Extra_urgent_before_the_make_up_Sunday_is_due_that_Sunday()
    {
        // Sun 2026-09-20 is a make-up working day (国庆节 调休): 1 working day from Fri 09-18.
        var document = Document(Urgency.ExtraUrgent);

        Clock().StartOnRegistration(document, D(2026, 9, 18));

        Assert.Equal(D(2026, 9, 20), document.DueDate);
    }

    [Fact]
    public void Urgent_counts_three_working_days_across_the_holiday()
    {
        var document = Document(Urgency.Urgent);

        Clock().StartOnRegistration(document, D(2026, 4, 3));

        Assert.Equal(D(2026, 4, 9), document.DueDate);
    }

    [Fact]
    public void The_limits_come_from_the_settings()
    {
        var document = Document(Urgency.ExtraUrgent);

        Clock(new IncomingOptions { ExtraUrgentDays = 2 }).StartOnRegistration(document, D(2026, 4, 3));

        Assert.Equal(D(2026, 4, 8), document.DueDate);
        Assert.Equal(ClockLimit.WorkingDays(5), IncomingClock.LimitFor(Urgency.Urgent, new IncomingOptions { UrgentDays = 5 }));
    }

    [Fact]
    public void An_ordinary_document_gets_no_clock()
    {
        var document = Document(Urgency.Normal);

        Assert.True(Clock().StartOnRegistration(document, D(2026, 4, 3)).IsSuccess);

        Assert.Null(document.ClockId);
        Assert.Null(document.DueDate);
    }

    [Fact]
    public async Task A_leaders_deadline_replaces_the_urgency_limit_and_stops_the_first_clock()
    {
        var document = Document(Urgency.ExtraUrgent);
        var clock = Clock();
        clock.StartOnRegistration(document, D(2026, 4, 3));
        await _host.Db.SaveChangesAsync();
        var first = document.ClockId!.Value;

        var replaced = await clock.ReplaceAsync(document, D(2026, 4, 3), D(2026, 4, 10), CancellationToken.None);

        Assert.True(replaced.IsSuccess);
        Assert.Equal(D(2026, 4, 10), document.DueDate);
        Assert.NotEqual(first, document.ClockId);
        Assert.Equal(ClockState.Stopped, _host.Db.ChangeTracker.Entries<StatutoryClock>().Single(e => e.Entity.Id == first).Entity.State);
    }

    [Fact]
    public async Task A_deadline_on_a_rest_day_is_refused()
    {
        var document = Document(Urgency.Normal);

        var replaced = await Clock().ReplaceAsync(document, D(2026, 4, 3), D(2026, 4, 5), CancellationToken.None);

        Assert.Equal("documents.bad_deadline", replaced.Error?.Code);
        Assert.Null(document.ClockId);
    }
}
