using System.Security.Claims;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Results;

namespace EGov.Approvals.Applications.Handling.Results;

/// <summary>What the person chose for 送达.</summary>
internal sealed record DeliveryInput(DeliveryOptions? Method, DateOnly? DeliveredOn, string? Note);

/// <summary>送达 and 办结, shared by their handlers and the 即办件 with electronic delivery.</summary>
internal sealed class Completion(HandlingClocks clocks, ApplicationJournal journal)
{
    public Result Deliver(HandlingCase handled, DeliveryInput input, DateOnly today, ClaimsPrincipal user)
    {
        var application = handled.Application;
        var date = input.DeliveredOn ?? today;
        var invalid = input switch
        {
            { Method: not (DeliveryOptions.Window or DeliveryOptions.Post or DeliveryOptions.Electronic) } => HandlingErrors.Field("approvals.delivery_method", "Method", "请选择送达方式。"),
            _ when handled.Item.DeliveryOptions != DeliveryOptions.None && !handled.Item.DeliveryOptions.HasFlag(input.Method!.Value)
                => HandlingErrors.Field("approvals.delivery_not_offered", "Method", $"本事项的送达方式为：{ApprovalsNames.Of(handled.Item.DeliveryOptions)}。"),
            { Method: DeliveryOptions.Post } when string.IsNullOrWhiteSpace(input.Note) => HandlingErrors.Required("Note", "邮件的快递单号"),
            _ when date > today => HandlingErrors.FutureDate("DeliveredOn"),
            _ when application.ResultProducedOn is { } produced && date < produced
                => HandlingErrors.Field("approvals.date_too_early", "DeliveredOn", $"送达日期不能早于出证日期（{HandlingErrors.Day(produced)}）。"),
            _ => null,
        };
        if (invalid is not null)
        {
            return invalid;
        }

        (application.DeliveryMethod, application.DeliveredOn, application.State) = (input.Method, date, ApplicationState.Delivered);
        application.DeliveryNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (clocks.Stop(handled.Step, "已送达") is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        var how = ApprovalsNames.Of(input.Method!.Value) + (application.DeliveryNote is { } note ? $"（{note}）" : "");
        journal.Record(application, "delivered", "已送达", date, user, $"审批结果已于{HandlingErrors.Day(date)}以{how}方式送达。");
        return Result.Success();
    }

    /// <summary>办结: every clock stops with its outcome; the applicant is invited to rate the service (好差评).</summary>
    public Result Conclude(HandlingCase handled, DateOnly today, DateTime now, ClaimsPrincipal user)
    {
        var application = handled.Application;
        (application.ConcludedOn, application.ConcludedAt, application.State) = (today, now, ApplicationState.Concluded);
        var outcome = application.Decision == Decision.Approved ? "准予许可，已办结" : "不予许可，已办结";
        if (clocks.StopAll(handled, outcome) is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        journal.Record(application, "concluded", "已办结", today, user, "您的办件已办结。欢迎您对本次服务进行评价（好差评），您的意见将帮助我们改进工作。");
        return Result.Success();
    }
}
