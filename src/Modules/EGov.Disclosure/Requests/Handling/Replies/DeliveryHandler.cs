using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Handling.Replies;

/// <summary>送达 concludes the request on the day of service: the letter and the disclosed files become the applicant's; then 归档.</summary>
internal sealed class DeliveryHandler(HandlingUnit unit, HandlingWork work, ClockService clocks, RequestJournal journal)
{
    public async Task<Result> DeliverAsync(Guid id, DeliveryInput input, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, DisclosurePermissions.Handle, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        var db = unit.Db;
        var reply = await db.Set<Reply>().SingleOrDefaultAsync(r => r.RequestId == id, cancellationToken);
        if (handled.State != RequestState.ReplySignedOff || reply is null || handled.Clock is not { } clock)
        {
            return HandlingErrors.WrongState(handled.State, "送达答复");
        }

        var today = unit.Today;
        var signedOn = Platform.Time.ChinaTime.DateOf(reply.SignedOffAt ?? unit.Now);
        var servedOn = input.Method is DeliveryMethod.Online or DeliveryMethod.Email ? today : input.DeliveredOn;
        var invalid = input switch
        {
            { Method: null } => HandlingErrors.Required("Method", "送达方式"),
            _ when servedOn is null => HandlingErrors.Required("DeliveredOn", input.Method == DeliveryMethod.Post ? "交邮之日" : "签收之日"),
            _ when servedOn > today => HandlingErrors.FutureDate("DeliveredOn"),
            _ when servedOn < signedOn => HandlingErrors.DateBefore("DeliveredOn", signedOn, "签发之日"),
            _ => null,
        };
        if (invalid is not null)
        {
            return invalid;
        }

        (reply.DeliveredOn, reply.DeliveryNote) = (servedOn, $"{DisclosureNames.Of(input.Method!.Value)}{(string.IsNullOrWhiteSpace(input.Note) ? "" : "：" + input.Note.Trim())}");
        reply.Version++;
        var request = handled.Request;
        (request.State, request.Outcome, request.ConcludedOn) = (RequestState.Replied, reply.Outcome, servedOn);
        if (clocks.Stop(clock, "答复") is { IsSuccess: false } stopped)
        {
            return stopped.Error!;
        }

        await db.Set<RequestDocument>()
            .Where(d => d.RequestId == id && (d.Kind == RequestDocumentKind.ReplyLetter || d.Kind == RequestDocumentKind.DisclosedFile))
            .LoadAsync(cancellationToken);
        foreach (var document in db.Set<RequestDocument>().Local.Where(d => d.RequestId == id && d.Kind is RequestDocumentKind.ReplyLetter or RequestDocumentKind.DisclosedFile))
        {
            document.VisibleToApplicant = true;
        }

        journal.Record(request, "replied", "答复已送达", servedOn!.Value, user, $"答复已送达（{DisclosureNames.Of(reply.Outcome)}）。", reply.DeliveryNote);
        await work.MoveAsync(handled, user.AccountId(), null, cancellationToken);
        return await unit.SaveAsync(handled, null, cancellationToken);
    }

    public async Task<Result> ArchiveAsync(Guid id, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, DisclosurePermissions.Handle, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        var reply = await unit.Db.Set<Reply>().SingleOrDefaultAsync(r => r.RequestId == id, cancellationToken);
        if (handled.State != RequestState.Replied || reply is null)
        {
            return HandlingErrors.WrongState(handled.State, "归档");
        }

        (reply.ArchivedAt, reply.Version) = (unit.Now, reply.Version + 1);
        handled.Request.State = RequestState.Archived;
        journal.Record(handled.Request, "archived", "已归档", unit.Today, user);
        await work.MoveAsync(handled, user.AccountId(), null, cancellationToken);
        return await unit.SaveAsync(handled, null, cancellationToken);
    }
}
