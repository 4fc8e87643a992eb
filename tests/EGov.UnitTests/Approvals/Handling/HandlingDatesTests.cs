using EGov.Approvals;
using EGov.Approvals.Applications.Handling;
using EGov.Approvals.Domain.Items;
using EGov.UnitTests.Calendar;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Approvals.Handling;

/// <summary>The periods of 《行政许可法》 on the 2026 calendar (国庆节 10-01..07 off, 10-10 a make-up workday).</summary>
public sealed class HandlingDatesTests
{
    private readonly HandlingDates _dates = new(Calendars.Shipped());

    [Fact]
    public void Correction_notice_is_due_on_the_5th_working_day_across_National_Day()
    {
        // 第三十二条: received Wed 09-30 → 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13.
        Assert.Equal(D(2026, 10, 13), _dates.LastDayForCorrectionNotice(D(2026, 9, 30)));
    }

    [Fact]
    public void Application_is_deemed_accepted_only_from_the_day_after_the_notice_window()
    {
        Assert.False(_dates.IsDeemedAccepted(D(2026, 9, 30), D(2026, 10, 7)));
        Assert.False(_dates.IsDeemedAccepted(D(2026, 9, 30), D(2026, 10, 13)));
        Assert.True(_dates.IsDeemedAccepted(D(2026, 9, 30), D(2026, 10, 14)));
    }

    [Fact]
    public void Licensing_item_without_its_own_limit_has_the_law_s_20_working_days()
        => Assert.Equal(20, HandlingDates.StatutoryDays(Item(ItemType.Licensing)));

    [Fact]
    public void Jointly_handled_licensing_item_has_45_working_days()
        => Assert.Equal(45, HandlingDates.StatutoryDays(Item(ItemType.Licensing, joint: true)));

    [Fact]
    public void Limit_set_by_a_special_law_is_kept()
        => Assert.Equal(15, HandlingDates.StatutoryDays(Item(ItemType.Licensing, statutory: 15)));

    [Fact]
    public void Public_service_without_a_statutory_limit_has_no_statutory_clock()
        => Assert.Null(HandlingDates.StatutoryDays(Item(ItemType.PublicService)));

    [Fact]
    public void Extension_is_10_working_days_and_15_for_joint_handling()
    {
        Assert.Equal(10, HandlingDates.ExtensionDays(Item(ItemType.Licensing)));
        Assert.Equal(15, HandlingDates.ExtensionDays(Item(ItemType.Licensing, joint: true)));
    }

    [Fact]
    public void Licence_is_issued_within_10_working_days_whatever_longer_step_the_item_sets()
    {
        Assert.Equal(10, HandlingDates.IssueDays(Item(ItemType.Licensing, issueStep: 15), approved: true));
        Assert.Equal(10, HandlingDates.IssueDays(Item(ItemType.Licensing), approved: true));
        Assert.Equal(1, HandlingDates.IssueDays(Item(ItemType.Licensing, issueStep: 1), approved: true));
        Assert.Null(HandlingDates.IssueDays(Item(ItemType.Licensing), approved: false));
        Assert.Equal(15, HandlingDates.IssueDays(Item(ItemType.PublicService, issueStep: 15), approved: true));
    }

    [Fact]
    public void Last_day_to_issue_is_the_10th_working_day_after_the_decision_across_National_Day()
    {
        // 第四十四条: decided Mon 09-28 → 09-29, 09-30, 10-08, 10-09, 10-10, 10-12..10-16.
        Assert.Equal(D(2026, 10, 16), _dates.LastDayToIssue(D(2026, 9, 28)));
        Assert.Equal(ApprovalsLimits.IssueDays, _dates.WorkingDaysBetween(D(2026, 9, 28), D(2026, 10, 16)));
    }

    internal static ServiceItem Item(ItemType type, bool joint = false, int? statutory = null, int? issueStep = null, int promised = 10)
    {
        var item = new ServiceItem
        {
            Name = "食品经营许可",
            ItemType = type,
            JointHandling = joint,
            StatutoryLimitDays = statutory,
            CaseKind = CaseKind.Committed,
            PromisedLimitDays = promised,
        };
        item.Steps.Add(new ProcessStep { Stage = StepStage.Review, Name = "审查", LimitDays = 5 });
        item.Steps.Add(new ProcessStep { Stage = StepStage.Decision, Name = "决定", LimitDays = 2 });
        if (issueStep is { } days)
        {
            item.Steps.Add(new ProcessStep { Stage = StepStage.Issue, Name = "制证", LimitDays = days });
        }

        return item;
    }
}
