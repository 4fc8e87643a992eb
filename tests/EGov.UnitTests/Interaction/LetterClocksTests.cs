using EGov.Interaction;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters;
using EGov.Platform.Clocks;
using EGov.UnitTests.Calendar;
using Microsoft.Extensions.Options;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Interaction;

/// <summary>
/// The letter clocks on the 2025 holiday calendar: 国庆节、中秋节 1–8 October off, Sunday 28 September and
/// Saturday 11 October make-up working days. Limits are local practice (proposals-and-interaction.md §4.5).
/// </summary>
public sealed class LetterClocksTests : IDisposable
{
    private readonly CalendarClockHost _host = new(D(2025, 9, 26));

    public void Dispose() => _host.Dispose();

    private LetterClocks Clocks(InteractionOptions? options = null) => new(_host.Clocks, _host.Db, Options.Create(options ?? new InteractionOptions()));

    private static Letter Letter(LetterKind kind) => new() { Number = "XLXJ2025000001", Subject = "小区门口占道经营", Kind = kind, MailboxDepartmentId = Guid.NewGuid() };

    private StatutoryClock Clock(Guid? id) => _host.Db.ChangeTracker.Entries<StatutoryClock>().Single(e => e.Entity.Id == id).Entity;

    [Theory]
    [InlineData(nameof(LetterKind.Consultation), 10, 10)] // 9-28 (调休), 9-29, 9-30, 10-9, 10-10
    [InlineData(nameof(LetterKind.HelpRequest), 10, 10)]
    [InlineData(nameof(LetterKind.Complaint), 10, 23)] // …10-11 (调休), 10-13..17, 10-20..23
    [InlineData(nameof(LetterKind.Report), 10, 23)]
    [InlineData(nameof(LetterKind.Suggestion), 10, 23)]
    public void Reply_is_due_by_kind_in_working_days_across_National_Day(string kind, int month, int day)
    {
        var letter = Letter(Enum.Parse<LetterKind>(kind));

        Assert.True(Clocks().StartReply(letter, D(2025, 9, 26)).IsSuccess);

        var clock = Clock(letter.ReplyClockId);
        Assert.Equal(D(2025, month, day), clock.DueDate);
        Assert.Equal(InteractionClocks.Module, clock.Module);
        Assert.Equal(InteractionClocks.Reply, clock.CaseType);
        Assert.Equal(letter.Id.ToString(), clock.CaseId);
    }

    [Fact]
    public void A_letter_routed_the_day_before_National_Day_is_signed_for_on_the_first_working_day_after_it()
    {
        var letter = Letter(LetterKind.Complaint);
        letter.HandlingDepartmentId = Guid.NewGuid();

        Assert.True(Clocks().StartSignFor(letter, D(2025, 9, 30)).IsSuccess);

        var clock = Clock(letter.SignForClockId);
        Assert.Equal(D(2025, 10, 9), clock.DueDate);
        Assert.Equal(letter.HandlingDepartmentId, clock.DepartmentId);
    }

    [Fact]
    public async Task An_approved_extension_adds_working_days_to_the_reply_limit()
    {
        var letter = Letter(LetterKind.Consultation);
        var clocks = Clocks();
        clocks.StartReply(letter, D(2025, 9, 26));

        var extended = await clocks.ExtendReplyAsync(letter, 10, "需现场核查", "区政府办公室", CancellationToken.None);

        Assert.True(extended.IsSuccess);
        Assert.Equal(D(2025, 10, 23), Clock(letter.ReplyClockId).DueDate); // 10-10 + 10-11 (调休), 10-13..17, 10-20..23
    }

    [Fact]
    public void The_reply_limit_per_kind_is_a_setting()
    {
        var options = new InteractionOptions();
        options.ReplyWorkingDays[LetterKind.Consultation] = 3;
        var letter = Letter(LetterKind.Consultation);

        Clocks(options).StartReply(letter, D(2025, 9, 26));

        Assert.Equal(D(2025, 9, 30), Clock(letter.ReplyClockId).DueDate);
    }

    [Fact]
    public async Task Stopping_a_clock_that_is_already_stopped_changes_nothing()
    {
        var letter = Letter(LetterKind.Consultation);
        var clocks = Clocks();
        clocks.StartReply(letter, D(2025, 9, 26));

        Assert.True((await clocks.StopAsync(letter.ReplyClockId, "已答复", CancellationToken.None)).IsSuccess);
        Assert.True((await clocks.StopAsync(letter.ReplyClockId, "已答复", CancellationToken.None)).IsSuccess);
        Assert.True((await clocks.StopAsync(null, "无", CancellationToken.None)).IsSuccess);

        Assert.Equal(ClockState.Stopped, Clock(letter.ReplyClockId).State);
    }

    [Fact]
    public async Task A_stopped_reply_clock_cannot_be_extended()
    {
        var letter = Letter(LetterKind.Consultation);
        var clocks = Clocks();
        clocks.StartReply(letter, D(2025, 9, 26));
        await clocks.StopAsync(letter.ReplyClockId, "已答复", CancellationToken.None);

        var extended = await clocks.ExtendReplyAsync(letter, 5, "补充调查", "区政府办公室", CancellationToken.None);

        Assert.Equal("interaction.no_running_clock", extended.Error?.Code);
        Assert.Equal(D(2025, 10, 10), Clock(letter.ReplyClockId).DueDate);
    }
}
