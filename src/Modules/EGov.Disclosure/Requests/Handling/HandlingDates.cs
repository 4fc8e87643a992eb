using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Calendar;

namespace EGov.Disclosure.Requests.Handling;

/// <summary>The handling periods on the working-day calendar ("within N working days of D" ends on the N-th working day after D).</summary>
internal sealed class HandlingDates(WorkingDayCalendar calendar)
{
    public DateOnly AddWorkingDays(DateOnly date, int days) => calendar.AddWorkingDays(date, days).Value.Date;

    /// <summary>条例 第三十条: the correction notice goes out within 7 working days of receipt.</summary>
    public DateOnly LastDayForCorrectionNotice(DateOnly receivedOn) => AddWorkingDays(receivedOn, DisclosureLimits.CorrectionNotice);

    /// <summary>
    /// The day a request is deemed withdrawn (视为放弃申请) after its last day to correct or to pay passed: the first
    /// working day after that last day, when the office would have continued. It is the request's ConcludedOn.
    /// </summary>
    public DateOnly DeemedWithdrawnOn(DateOnly lastDay) => AddWorkingDays(lastDay, 1);

    /// <summary>国办函〔2020〕109号: pay within 20 working days from the day after receiving the notice.</summary>
    public DateOnly PayBy(DateOnly issuedOn) => AddWorkingDays(issuedOn, DisclosureLimits.FeePayment);

    /// <summary>条例 第三十二条、第三十四条: the consulted party answers within 15 working days.</summary>
    public DateOnly ConsultationDue(DateOnly sentOn) => AddWorkingDays(sentOn, DisclosureLimits.Consultation);

    public bool CorrectionLapsed(CorrectionNotice notice, DateOnly today) => notice.CorrectedOn is null && DeemedWithdrawnOn(notice.Deadline) <= today;

    public bool FeeLapsed(FeeNotice fee, DateOnly today) => fee.PaidOn is null && DeemedWithdrawnOn(fee.PayBy) <= today;
}
