using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Results;

namespace EGov.Disclosure.Requests.Intake.Receipt;

/// <summary>
/// 收到申请之日 (条例 第三十一条). The answer is the receipt date, null while it waits for both sides to confirm
/// (the request stays in <see cref="RequestState.AwaitingConfirmation"/> and the clock has not started), or an error.
/// </summary>
internal static class ReceiptDateRule
{
    public const string SignedForField = "SignedForOn";
    public const string ConfirmedField = "ConfirmedOn";

    /// <param name="submittedOn">The day handed in, the postmark, the fax or the online submission.</param>
    /// <param name="today">Today in China: no date may lie after it.</param>
    public static Result<DateOnly?> Decide(RequestChannel channel, DateOnly submittedOn, DateOnly? signedForOn, DateOnly? confirmedOn, DateOnly today)
    {
        if (submittedOn > today)
        {
            return Invalid("SubmittedOn", "申请日期不能晚于今天。");
        }

        return channel switch
        {
            // 第三十一条第一项: 当面提交 (and the oral request the office writes down) — the day it is handed in.
            RequestChannel.InPerson or RequestChannel.Oral => submittedOn,

            // 第三十一条第二项: 邮寄需签收 — the day the agency signs for it.
            RequestChannel.RegisteredMail => signedForOn is { } signed
                ? Check(signed, submittedOn, today, SignedForField, "签收日期")
                : Invalid(SignedForField, "挂号信等需签收的邮件，请填写签收日期。"),

            // 第三十一条第二项: 平信 — the day the office confirms it with the applicant (unreachable: wait for contact);
            // 第三十一条第三项: 网上、传真 — the day both sides confirm.
            _ => confirmedOn is { } confirmed ? Check(confirmed, submittedOn, today, ConfirmedField, "确认日期") : (DateOnly?)null,
        };
    }

    private static Result<DateOnly?> Check(DateOnly date, DateOnly submittedOn, DateOnly today, string field, string label)
    {
        if (date > today)
        {
            return Invalid(field, $"{label}不能晚于今天。");
        }

        return date < submittedOn ? Invalid(field, $"{label}不能早于申请日期（邮戳、传真或提交日期）。") : date;
    }

    private static Error Invalid(string field, string message)
        => Error.Validation("disclosure.receipt_date_invalid", message) with { Fields = new Dictionary<string, string[]> { [field] = [message] } };
}
