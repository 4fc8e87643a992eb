using EGov.Interaction.Interviews;

namespace EGov.UnitTests.Interaction.Interviews;

public sealed class InterviewScheduleTests
{
    private static InterviewInput Input(DateTime? starts, DateTime? ends, string guests = "刘建华 区医疗保障局局长\n\n 陈静　股长 ")
        => new("区医保局局长谈参保缴费", "城乡居民医保参保缴费", guests, "简介", starts, ends);

    [Fact]
    public void Times_typed_in_Beijing_time_are_stored_in_UTC()
    {
        var schedule = InterviewSchedule.Check(Input(new DateTime(2026, 12, 1, 15, 0, 0), new DateTime(2026, 12, 1, 16, 30, 0))).Value;

        Assert.Equal(new DateTime(2026, 12, 1, 7, 0, 0, DateTimeKind.Utc), schedule.StartsAt);
        Assert.Equal(DateTimeKind.Utc, schedule.StartsAt.Kind);
        Assert.Equal(new DateTime(2026, 12, 1, 8, 30, 0, DateTimeKind.Utc), schedule.EndsAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void The_end_must_come_after_the_start(int minutes)
    {
        var starts = new DateTime(2026, 12, 1, 15, 0, 0);

        var result = InterviewSchedule.Check(Input(starts, starts.AddMinutes(minutes)));

        Assert.Equal("结束时间应晚于开始时间。", result.Error!.Message);
        Assert.Contains("EndsAt", result.Error.Fields!.Keys);
    }

    [Fact]
    public void Guests_are_one_per_line_with_name_and_post_and_blank_lines_dropped()
    {
        var schedule = InterviewSchedule.Check(Input(new DateTime(2026, 12, 1, 15, 0, 0), new DateTime(2026, 12, 1, 16, 0, 0))).Value;

        Assert.Equal("刘建华 区医疗保障局局长\n陈静 股长", schedule.Guests);
        Assert.Equal(["刘建华（区医疗保障局局长）", "陈静（股长）"], InterviewGuest.Parse(schedule.Guests).Select(g => g.Label));
    }

    [Fact]
    public void An_interview_needs_at_least_one_guest_and_both_times()
    {
        Assert.Equal("Guests", InterviewSchedule.Check(Input(new DateTime(2026, 12, 1, 15, 0, 0), new DateTime(2026, 12, 1, 16, 0, 0), " \n ")).Error!.Fields!.Keys.Single());
        Assert.Equal("EndsAt", InterviewSchedule.Check(Input(new DateTime(2026, 12, 1, 15, 0, 0), null)).Error!.Fields!.Keys.Single());
    }

    [Fact]
    public void Sensitive_words_are_marked_where_they_occur()
    {
        var pieces = InterviewFormat.Highlight("请问赌博和诈骗怎么举报", ["诈骗", "赌博"]);

        Assert.Equal([("请问", false), ("赌博", true), ("和", false), ("诈骗", true), ("怎么举报", false)], pieces);
    }
}
