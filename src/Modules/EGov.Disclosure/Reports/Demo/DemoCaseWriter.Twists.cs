using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;

namespace EGov.Disclosure.Reports.Demo;

internal sealed partial class DemoCaseWriter
{
    /// <returns>The day handling goes on from towards the reply; null when the request ended (deemed withdrawn) or stays open.</returns>
    private DateOnly? ApplyTwists(DemoCase c, DisclosureRequest request, StatutoryClock clock, DateOnly cursor)
    {
        if (c.Twist.HasFlag(DemoTwist.Correction) || c.Twist.HasFlag(DemoTwist.NoCorrection))
        {
            cursor = Correct(request, clock, cursor, corrected: c.Twist.HasFlag(DemoTwist.Correction));
            if (c.Twist.HasFlag(DemoTwist.NoCorrection))
            {
                return null;
            }
        }

        if (c.Twist.HasFlag(DemoTwist.FeePaid) || c.Twist.HasFlag(DemoTwist.FeeUnpaid))
        {
            cursor = Charge(request, clock, cursor, c.Pages, paid: c.Twist.HasFlag(DemoTwist.FeePaid));
            if (c.Twist.HasFlag(DemoTwist.FeeUnpaid))
            {
                return null;
            }
        }

        if (c.Twist.HasFlag(DemoTwist.Consultation) || c.Twist.HasFlag(DemoTwist.OpenInConsultation))
        {
            cursor = Consult(request, clock, cursor, answered: c.Twist.HasFlag(DemoTwist.Consultation));
        }

        if (c.Twist.HasFlag(DemoTwist.Extension))
        {
            cursor = After(cursor, 18);
            time.SetTo(cursor);
            clocks.Extend(clock, DisclosureLimits.MaxExtension, "需要调取历年档案并汇总多个部门的材料，20个工作日内难以答复", DemoStaff.LeaderName);
            request.Extended = true;
            journal.Record(request, "extended", "延期答复", cursor, staff.Leader, "经政府信息公开工作机构负责人同意，答复期限延长20个工作日。");
        }

        return c.Twist.HasFlag(DemoTwist.Open) || c.Twist.HasFlag(DemoTwist.OpenInConsultation) ? null : cursor;
    }

    /// <summary>条例 第三十条: one notice within 7 working days; the clock restarts from the corrected request.</summary>
    private DateOnly Correct(DisclosureRequest request, StatutoryClock clock, DateOnly cursor, bool corrected)
    {
        var sent = After(cursor, 3);
        time.SetTo(sent);
        var notice = new CorrectionNotice
        {
            RequestId = request.Id,
            SentOn = sent,
            Deadline = After(sent, 15),
            SentBy = staff.ClerkId,
            Items = "请写明所需政府信息的名称、文号或者便于查询的其他特征性描述，以及信息形成的大致时间。",
        };
        db.Add(notice);
        clocks.Pause(clock, PauseReasons.Correction, sent);
        Step(request, RequestState.AwaitingCorrection, "correction_sent", "发出补正告知", sent, staff.Clerk, $"请于{notice.Deadline:yyyy年M月d日}前补正申请内容。");
        if (!corrected)
        {
            return Withdraw(request, clock, After(notice.Deadline, 1), ReplyOutcome.OtherNoCorrection, "申请人逾期未补正，视为放弃申请。");
        }

        var on = After(sent, 4);
        time.SetTo(on);
        (notice.CorrectedOn, notice.CorrectedDescription) = (on, request.Description + "（补正：前年区里实施的那个道路项目）");
        (request.OriginalDescription, request.Description) = (request.Description, notice.CorrectedDescription);
        clocks.RestartFrom(clock, on);
        Step(request, RequestState.Handling, "corrected", "收到补正后的申请", on, staff.Clerk, "已收到补正后的申请，答复期限自本日重新计算。");
        return on;
    }

    /// <summary>国办函〔2020〕109号 第五条: 按量计收, progressive; the waiting time is not counted.</summary>
    private DateOnly Charge(DisclosureRequest request, StatutoryClock clock, DateOnly cursor, int pages, bool paid)
    {
        var issued = After(cursor, 5);
        time.SetTo(issued);
        var fee = new FeeNotice { RequestId = request.Id, Mode = FeeMode.PerPage, Quantity = pages, Amount = PerPageFee(pages), IssuedOn = issued, PayBy = After(issued, DisclosureLimits.FeePayment) };
        db.Add(fee);
        clocks.Pause(clock, PauseReasons.Fee, issued);
        Step(request, RequestState.AwaitingFee, "fee_notice_sent", "发出收费通知", issued, staff.Clerk, $"需缴纳信息处理费{fee.Amount:0.00}元，请于{fee.PayBy:yyyy年M月d日}前缴纳。");
        if (!paid)
        {
            return Withdraw(request, clock, After(fee.PayBy, 1), ReplyOutcome.OtherFeeUnpaid, "申请人逾期未缴纳信息处理费，视为放弃申请。");
        }

        var on = After(issued, 6);
        time.SetTo(on);
        (fee.PaidOn, fee.PaymentReference) = (on, $"FS{on:yyyyMMdd}{pages:D4}");
        clocks.Resume(clock, on);
        Step(request, RequestState.Handling, "fee_paid", "已缴纳信息处理费", on, staff.Clerk, "已收到您缴纳的信息处理费，继续办理。");
        return on;
    }

    /// <summary>条例 第三十二条: the third party answers within 15 working days; the time is not counted (第三十三条).</summary>
    private DateOnly Consult(DisclosureRequest request, StatutoryClock clock, DateOnly cursor, bool answered)
    {
        var sent = After(cursor, 4);
        time.SetTo(sent);
        var consultation = new Consultation
        {
            RequestId = request.Id,
            PartyKind = ConsultedParty.ThirdParty,
            PartyName = "相关权利人",
            SentOn = sent,
            DueOn = After(sent, DisclosureLimits.Consultation),
            Question = "申请人申请公开的信息涉及您的合法权益，请于15个工作日内书面答复是否同意公开。",
        };
        db.Add(consultation);
        clocks.Pause(clock, PauseReasons.Consultation, sent);
        Step(request, RequestState.InConsultation, "consultation_sent", "书面征求第三方意见", sent, staff.Clerk, "所申请的信息涉及第三方，正在征求其意见，征求意见期间不计入答复期限。");
        if (!answered)
        {
            return sent;
        }

        var on = After(sent, 9);
        time.SetTo(on);
        (consultation.AnsweredOn, consultation.Answer, consultation.AnswerText) = (on, ConsultationAnswer.Objects, "不同意公开，理由是涉及本人的个人隐私。");
        clocks.Resume(clock, on);
        Step(request, RequestState.Handling, "consultation_answered", "收到第三方意见", on, staff.Clerk);
        return on;
    }

    private DateOnly Withdraw(DisclosureRequest request, StatutoryClock clock, DateOnly on, ReplyOutcome outcome, string note)
    {
        time.SetTo(on);
        (request.Outcome, request.ConcludedOn) = (outcome, on);
        clocks.Stop(clock, "视为放弃申请");
        Step(request, RequestState.Terminated, "deemed_withdrawn", "终止办理", on, staff.Clerk, note);
        return on;
    }

    private static decimal PerPageFee(int pages)
        => (Math.Clamp(pages, 30, 100) - 30) * 10m + (Math.Clamp(pages, 100, 200) - 100) * 20m + (Math.Max(pages, 200) - 200) * 40m;
}
