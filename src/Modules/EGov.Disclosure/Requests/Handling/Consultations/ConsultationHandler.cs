using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Letters;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Handling.Consultations;

/// <summary>
/// 征求意见 of a third party (条例 第三十二条) or a co-making agency (第三十四条): 15 working days to answer, a time
/// not counted in the reply period (第三十三条第三款), so the clock pauses until the answer (or its absence) is recorded.
/// Several consultations may follow one another.
/// </summary>
internal sealed class ConsultationHandler(HandlingUnit unit, HandlingDates dates, HandlingWork work, ClockService clocks, RequestJournal journal)
{
    public async Task<Result> StartAsync(Guid id, ConsultationInput input, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, DisclosurePermissions.Handle, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        if (handled.State != RequestState.Handling || handled.Clock is not { } clock)
        {
            return HandlingErrors.WrongState(handled.State, "征求意见");
        }

        var today = unit.Today;
        var sentOn = input.SentOn ?? today;
        var invalid = input switch
        {
            { PartyKind: null } => HandlingErrors.Required("PartyKind", "征求意见的对象类别"),
            _ when string.IsNullOrWhiteSpace(input.PartyName) => HandlingErrors.Required("PartyName", "第三方或机关的名称"),
            _ when string.IsNullOrWhiteSpace(input.Question) => HandlingErrors.Required("Question", "征求意见的事项"),
            _ when sentOn > today => HandlingErrors.FutureDate("SentOn"),
            _ when sentOn < clock.StartDate => HandlingErrors.DateBefore("SentOn", clock.StartDate, "答复期限起算日"),
            _ => null,
        };
        if (invalid is not null)
        {
            return invalid;
        }

        var third = input.PartyKind == ConsultedParty.ThirdParty;
        var consultation = new Consultation
        {
            RequestId = id,
            PartyKind = input.PartyKind!.Value,
            PartyName = input.PartyName!.Trim(),
            Question = input.Question!.Trim(),
            SentOn = sentOn,
            DueOn = dates.ConsultationDue(sentOn),
        };
        unit.Db.Add(consultation);
        if (clocks.Pause(clock, PauseReasons.Consultation, sentOn, consultation.PartyName) is { IsSuccess: false } paused)
        {
            return paused.Error!;
        }

        handled.Request.State = RequestState.InConsultation;
        journal.Record(handled.Request, "consultation_sent", third ? "征求第三方意见" : "征求其他机关意见", sentOn, user,
            third ? "征求第三方意见，所需时间不计入答复期限。" : "征求其他机关意见，所需时间不计入答复期限。",
            $"征求{consultation.PartyName}的意见，请于{HandlingErrors.Day(consultation.DueOn)}前答复：{consultation.Question}");
        await work.MoveAsync(handled, user.AccountId(), consultation.DueOn, cancellationToken);
        return await unit.SaveAsync(handled, new HandlingLetter(LetterKind.Consultation, VisibleToApplicant: false), cancellationToken);
    }

    public async Task<Result> AnswerAsync(Guid id, ConsultationAnswerInput input, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, DisclosurePermissions.Handle, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        var consultation = await unit.Db.Set<Consultation>().Where(c => c.RequestId == id && c.AnsweredOn == null)
            .OrderByDescending(c => c.SentOn).FirstOrDefaultAsync(cancellationToken);
        if (handled.State != RequestState.InConsultation || consultation is null || handled.Clock is not { } clock)
        {
            return HandlingErrors.WrongState(handled.State, "记录征求意见的答复");
        }

        var today = unit.Today;
        var answeredOn = input.AnsweredOn ?? today;
        var invalid = input switch
        {
            { Answer: null } => HandlingErrors.Required("Answer", "答复意见（同意、不同意或逾期未答复）"),
            { Answer: ConsultationAnswer.Objects } when string.IsNullOrWhiteSpace(input.Text) => HandlingErrors.Required("Text", "不同意公开的理由"),
            { Answer: ConsultationAnswer.NoAnswer } when answeredOn <= consultation.DueOn => HandlingErrors.Field(
                "disclosure.consultation_not_due", "Answer", $"答复期限至{HandlingErrors.Day(consultation.DueOn)}届满，届满后才能记录为逾期未答复。"),
            _ when answeredOn > today => HandlingErrors.FutureDate("AnsweredOn"),
            _ when answeredOn < consultation.SentOn => HandlingErrors.DateBefore("AnsweredOn", consultation.SentOn, "征求意见之日"),
            _ => null,
        };
        if (invalid is not null)
        {
            return invalid;
        }

        (consultation.Answer, consultation.AnsweredOn, consultation.AnswerText) = (input.Answer, answeredOn, input.Text?.Trim());
        if (clocks.Resume(clock, answeredOn) is { IsSuccess: false } resumed)
        {
            return resumed.Error!;
        }

        handled.Request.State = RequestState.Handling;
        journal.Record(handled.Request, "consultation_answered", "征求意见结束", answeredOn, user,
            $"征求意见已结束，答复期限自{HandlingErrors.Day(answeredOn)}起继续计算，至{HandlingErrors.Day(clock.DueDate)}。",
            $"{consultation.PartyName}：{AnswerName(input.Answer!.Value)}{(input.Text is { Length: > 0 } t ? "。" + t.Trim() : "")}");
        await work.MoveAsync(handled, user.AccountId(), null, cancellationToken);
        return await unit.SaveAsync(handled, null, cancellationToken);
    }

    public static string AnswerName(ConsultationAnswer answer) => answer switch
    {
        ConsultationAnswer.Agrees => "同意公开",
        ConsultationAnswer.Objects => "不同意公开",
        _ => "逾期未答复",
    };
}
