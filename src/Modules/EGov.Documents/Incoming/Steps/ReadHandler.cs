using System.Security.Claims;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Incoming.Steps;

/// <summary>阅文: a reader marks a circulated document read (已阅) with an optional remark; only what was circulated to them.</summary>
internal sealed class ReadHandler(IncomingUnit unit, IncomingInbox inbox)
{
    public const int RemarkMaxLength = 1000;

    public async Task<Result> ReadAsync(Guid id, string? remark, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var text = IncomingUnit.Trimmed(remark);
        if (text?.Length > RemarkMaxLength)
        {
            return IncomingErrors.TooLong("Remark", "阅文意见", RemarkMaxLength);
        }

        var me = user.AccountId();
        var circulation = await unit.Db.Set<Circulation>().FirstOrDefaultAsync(c => c.DocumentId == id && c.ReaderId == me, cancellationToken);
        if (circulation is null)
        {
            return await (await unit.Access.VisibleAsync(user, cancellationToken)).AnyAsync(d => d.Id == id, cancellationToken)
                ? IncomingErrors.NotCirculatedToYou
                : IncomingErrors.NotFound;
        }

        if (circulation.ReadAt is not null)
        {
            return IncomingErrors.AlreadyRead;
        }

        var document = await unit.Db.Set<IncomingDocument>().SingleAsync(d => d.Id == id, cancellationToken);
        (circulation.ReadAt, circulation.Remark) = (unit.Now, text ?? "已阅");
        await inbox.CompleteReadingAsync(document, circulation.ReaderId, cancellationToken);
        unit.Record(document, IncomingSteps.Read, user, circulation.Remark);
        await unit.Db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
