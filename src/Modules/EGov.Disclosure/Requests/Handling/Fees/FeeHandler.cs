using System.Globalization;
using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Letters;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Handling.Fees;

/// <summary>
/// 收费通知 and payment (条例 第四十二条; 国办函〔2020〕109号): one notice per request in one mode, the amount computed
/// by the system; the clock pauses until payment, which is due within 20 working days from the day after receipt.
/// </summary>
internal sealed class FeeHandler(HandlingUnit unit, HandlingDates dates, HandlingWork work, ClockService clocks, RequestJournal journal, FeeQuote quote)
{
    public async Task<Result<FeeAmount>> NoticeAsync(Guid id, FeeMode? mode, int? pieces, int? pages, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, DisclosurePermissions.Handle, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        if (handled.State != RequestState.Handling || handled.Clock is not { } clock)
        {
            return HandlingErrors.WrongState(handled.State, "发出收费通知");
        }

        if (await unit.Db.Set<FeeNotice>().AnyAsync(f => f.RequestId == id, cancellationToken))
        {
            return HandlingErrors.FeeOnce;
        }

        var computed = await quote.ComputeAsync(handled.Request, mode, pieces, pages, cancellationToken);
        if (!computed.IsSuccess)
        {
            return computed.Error!;
        }

        var fee = computed.Value;
        if (fee.Amount <= 0)
        {
            return HandlingErrors.NoFeeDue;
        }

        var today = unit.Today;
        var notice = new FeeNotice { RequestId = id, Mode = fee.Mode, Quantity = fee.Quantity, Amount = fee.Amount, IssuedOn = today, PayBy = dates.PayBy(today) };
        unit.Db.Add(notice);
        if (clocks.Pause(clock, PauseReasons.Fee, today, $"{fee.Amount.ToString("0.##", CultureInfo.InvariantCulture)}元") is { IsSuccess: false } paused)
        {
            return paused.Error!;
        }

        handled.Request.State = RequestState.AwaitingFee;
        journal.Record(handled.Request, "fee_notice", "发出收费通知", today, user,
            $"{DisclosureNames.Of(fee.Mode)}信息处理费{fee.Amount.ToString("0.##", CultureInfo.InvariantCulture)}元，请于{HandlingErrors.Day(notice.PayBy)}前缴纳；逾期未缴纳的，视为放弃申请（国办函〔2020〕109号）。缴费期间不计入答复期限。");
        await work.MoveAsync(handled, user.AccountId(), notice.PayBy, cancellationToken);
        var saved = await unit.SaveAsync(handled, new HandlingLetter(LetterKind.Fee, VisibleToApplicant: true), cancellationToken);
        return saved.IsSuccess ? fee : saved.Error!;
    }

    public async Task<Result> PaidAsync(Guid id, DateOnly? paidOn, string? reference, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, DisclosurePermissions.Handle, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        var notice = await unit.Db.Set<FeeNotice>().SingleOrDefaultAsync(f => f.RequestId == id, cancellationToken);
        if (handled.State != RequestState.AwaitingFee || notice is null || notice.PaidOn is not null || handled.Clock is not { } clock)
        {
            return HandlingErrors.WrongState(handled.State, "记录缴费");
        }

        var invalid = paidOn switch
        {
            null => HandlingErrors.Required("PaidOn", "缴费日期"),
            { } d when d > unit.Today => HandlingErrors.FutureDate("PaidOn"),
            { } d when d < notice.IssuedOn => HandlingErrors.DateBefore("PaidOn", notice.IssuedOn, "收费通知发出之日"),
            { } d when d > notice.PayBy => HandlingErrors.Field(
                "disclosure.fee_late", "PaidOn", $"缴费期限已于{HandlingErrors.Day(notice.PayBy)}届满，逾期未缴纳的视为放弃申请（国办函〔2020〕109号）。"),
            _ when string.IsNullOrWhiteSpace(reference) => HandlingErrors.Required("Reference", "缴款凭证号"),
            _ => null,
        };
        if (invalid is not null)
        {
            return invalid;
        }

        (notice.PaidOn, notice.PaymentReference) = (paidOn, reference!.Trim());
        if (clocks.Resume(clock, paidOn!.Value) is { IsSuccess: false } resumed)
        {
            return resumed.Error!;
        }

        handled.Request.State = RequestState.Handling;
        journal.Record(handled.Request, "fee_paid", "申请人已缴费", paidOn.Value, user,
            $"已收到信息处理费，答复期限自{HandlingErrors.Day(paidOn.Value)}起继续计算，至{HandlingErrors.Day(clock.DueDate)}。", $"缴款凭证：{notice.PaymentReference}");
        await work.MoveAsync(handled, user.AccountId(), null, cancellationToken);
        return await unit.SaveAsync(handled, null, cancellationToken);
    }
}
