using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests;
using EGov.Disclosure.Requests.Intake.Receipt;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Numbering;
using EGov.Platform.PersonalData;

namespace EGov.Disclosure.Reports.Demo;

/// <summary>
/// DEMO DATA: writes one request of the demo year the way handling would have: number, receipt, clock, steps, pauses,
/// extension, reply and archive, each dated on its own day through <see cref="DemoClockTime"/>.
/// </summary>
internal sealed partial class DemoCaseWriter(EGovDbContext db, INumberingService numbering, IPersonalDataProtector protector, ClockService clocks,
    RequestJournal journal, DemoClockTime time, WorkingDayCalendar calendar, DemoStaff staff, string numberFormat)
{
    public async Task<DisclosureRequest> WriteAsync(DemoCase c, Guid agencyId, Guid handlingId, CancellationToken cancellationToken)
    {
        var applicant = DemoApplicants.For(c.Type, c.ApplicantIndex);
        var confirmed = c.Channel is RequestChannel.Online or RequestChannel.Fax or RequestChannel.OrdinaryMail;
        var submitted = confirmed ? After(c.ReceivedOn, -1) : c.ReceivedOn;
        time.SetTo(submitted);
        var year = c.ReceivedOn.Year;
        var request = new DisclosureRequest
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            Number = await numbering.NextFormattedAsync($"disclosure.request:{year}", numberFormat, new NumberValues(Year: year), cancellationToken),
            AgencyId = agencyId,
            HandlingDepartmentId = handlingId,
            ApplicantType = c.Type,
            ApplicantName = applicant.Name,
            IdentityDocumentKind = applicant.DocumentKind,
            IdentityNumber = applicant.IdentityNumber,
            ApplicantIndex = protector.BlindIndex(applicant.IdentityNumber),
            LegalRepresentative = applicant.Representative,
            ContactName = applicant.Contact,
            Phone = applicant.Phone,
            Address = applicant.Address,
            PostalCode = "443000",
            Description = c.Description,
            InformationForm = c.Channel == RequestChannel.Online ? InformationForm.Electronic : InformationForm.Paper,
            DeliveryMethod = c.Channel == RequestChannel.Online ? DeliveryMethod.Online : DeliveryMethod.Post,
            Channel = c.Channel,
            SubmittedAt = time.GetUtcNow().UtcDateTime,
            ReceivedOn = c.ReceivedOn,
            SignedForOn = c.Channel == RequestChannel.RegisteredMail ? c.ReceivedOn : null,
            ConfirmedOn = confirmed ? c.ReceivedOn : null,
            ConfirmationNote = confirmed ? "工作人员电话联系申请人确认收到申请" : null,
            RegisteredBy = c.Channel == RequestChannel.Online ? null : staff.ClerkId,
            State = confirmed ? RequestState.AwaitingConfirmation : RequestState.Handling,
            IsDemo = true,
        };
        request.QueryCodeHash = QueryCode.Hash(request.Id, QueryCode.New());
        db.Add(request);
        Receive(request, confirmed, submitted, c.ReceivedOn);

        var clock = clocks.Start(new ClockStart(DisclosureClocks.Module, DisclosureClocks.Request, request.Id.ToString(),
            $"政府信息公开申请 {request.Number} 答复期限", c.ReceivedOn, ClockLimit.WorkingDays(DisclosureLimits.Reply))
        { DepartmentId = handlingId, Item = "政府信息公开申请" }).Value;
        request.ClockId = clock.Id;

        var cursor = ApplyTwists(c, request, clock, c.ReceivedOn);
        if (cursor is { } from && c.Outcome is { } outcome)
        {
            Reply(request, clock, outcome, from, c.HandlingDays);
        }

        return request;
    }

    private void Receive(DisclosureRequest request, bool confirmed, DateOnly submitted, DateOnly received)
    {
        if (confirmed)
        {
            journal.Record(request, "submitted", "提交申请", submitted, null, "申请已提交，等待工作人员确认收到。");
            time.SetTo(received, 30);
            request.State = RequestState.Handling;
            journal.Record(request, "received", "确认收到申请", received, staff.Clerk, "已确认收到您的申请，答复期限自收到申请之日起计算。");
            return;
        }

        journal.Record(request, "registered", "登记收到申请", received, staff.Clerk, $"已收到您以{DisclosureNames.Of(request.Channel)}方式提交的申请。");
    }

    private void Reply(DisclosureRequest request, StatutoryClock clock, ReplyOutcome outcome, DateOnly from, int days)
    {
        var (drafted, reviewed, concluded) = (After(from, days - 2), After(from, days - 1), After(from, days));
        time.SetTo(drafted);
        var reply = new Reply { RequestId = request.Id, Outcome = outcome, Text = DemoReplies.Text(outcome), DraftedBy = staff.ClerkId, DraftedAt = time.GetUtcNow().UtcDateTime };
        if (outcome == ReplyOutcome.UnavailableNotHeld)
        {
            reply.ResponsibleAgency = "请向掌握该信息的机关申请。";
        }

        db.Add(reply);
        Step(request, RequestState.ReplyDrafted, "reply_drafted", "拟定答复", drafted, staff.Clerk);
        time.SetTo(reviewed);
        (reply.ReviewedBy, reply.ReviewedAt) = (staff.LeaderId, time.GetUtcNow().UtcDateTime);
        Step(request, RequestState.ReplyReviewed, "reply_reviewed", "答复审核通过", reviewed, staff.Leader);
        time.SetTo(concluded);
        (reply.SignedOffBy, reply.SignedOffAt, reply.DeliveredOn) = (staff.LeaderId, time.GetUtcNow().UtcDateTime, concluded);
        reply.DeliveryNote = request.DeliveryMethod == DeliveryMethod.Online ? "已上传至申请人可查看的页面" : "已通过邮政企业寄出";
        Step(request, RequestState.ReplySignedOff, "reply_signed_off", "答复签发", concluded, staff.Leader);
        (request.Outcome, request.ConcludedOn) = (outcome, concluded);
        time.SetTo(concluded, 30);
        clocks.Stop(clock, "已答复");
        Step(request, RequestState.Replied, "replied", "答复已送达", concluded, staff.Clerk, $"答复类型：{DisclosureNames.Of(outcome)}。");
        var archived = After(concluded, 3);
        time.SetTo(archived);
        reply.ArchivedAt = time.GetUtcNow().UtcDateTime;
        Step(request, RequestState.Archived, "archived", "归档", archived, staff.Clerk);
    }

    private void Step(DisclosureRequest request, RequestState state, string kind, string title, DateOnly date, System.Security.Claims.ClaimsPrincipal actor, string? publicNote = null)
    {
        request.State = state;
        journal.Record(request, kind, title, date, actor, publicNote);
    }

    private DateOnly After(DateOnly date, int days) => calendar.AddWorkingDays(date, days).Value.Date;
}
