using EGov.Documents.Domain.Incoming;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Incoming.Reading;

/// <summary>How one recipient unit dealt with a dispatch, as the sender sees it: signed for, returned with reasons, replied.</summary>
internal sealed record RecipientFeedback(
    Guid IncomingId, Guid RecipientDepartmentId, RecipientRole RecipientRole, IncomingState State, DateTime? ReceivedAt,
    string? ReturnReason, DateTime? ReturnedAt, string? Conclusion, DateTime? ConcludedAt);

/// <summary>
/// For the sending side (发文办理): the returns at 初审 (条例 第二十四条（三）: 退回并说明理由) and the replies
/// (第二十四条（七）), read by the dispatch's <see cref="IncomingDocument.SourceReference"/> or by the sending unit.
/// </summary>
internal sealed class IncomingFeedback(EGovDbContext db)
{
    public async Task<IReadOnlyList<RecipientFeedback>> ForSourceAsync(string sourceReference, CancellationToken cancellationToken)
        => await Project(db.Set<IncomingDocument>().AsNoTracking().Where(d => d.SourceReference == sourceReference)).ToListAsync(cancellationToken);

    /// <summary>The documents of a sending unit that recipients returned, newest first.</summary>
    public async Task<IReadOnlyList<RecipientFeedback>> ReturnedToAsync(Guid senderDepartmentId, CancellationToken cancellationToken)
        => await Project(db.Set<IncomingDocument>().AsNoTracking()
            .Where(d => d.SenderDepartmentId == senderDepartmentId && d.State == IncomingState.Returned)
            .OrderByDescending(d => d.ReturnedAt)).ToListAsync(cancellationToken);

    private static IQueryable<RecipientFeedback> Project(IQueryable<IncomingDocument> documents)
        => documents.Select(d => new RecipientFeedback(
            d.Id, d.DepartmentId, d.RecipientRole, d.State, d.ReceivedAt, d.ReturnReason, d.ReturnedAt, d.Conclusion, d.ConcludedAt));
}
