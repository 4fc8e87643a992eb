using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Incoming.Steps;

/// <summary>
/// 传阅 (条例 第二十四条（五）): the 文书 or a leader of the unit sends the document to named readers; each gets a to-do,
/// and the document page follows them reader by reader, so that nothing is 漏传、误传 or 延误.
/// </summary>
internal sealed class CirculateHandler(IncomingUnit unit, IncomingInbox inbox)
{
    public const int MaxReaders = 50;

    /// <param name="readers">The readers' account names (登录名).</param>
    public async Task<Result<int>> CirculateAsync(Guid id, IReadOnlyCollection<string> readers, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var names = readers.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return IncomingErrors.NoReaders;
        }

        if (names.Count > MaxReaders)
        {
            return IncomingErrors.Invalid("Readers", $"一次最多传阅 {MaxReaders} 人。");
        }

        var loaded = await unit.LoadAsync(id, IncomingSteps.Circulated, version, user, StepRole.Recipient(DocumentsPermissions.Receive, DocumentsPermissions.Instruct), cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        var accounts = await unit.Db.Set<UserAccount>().AsNoTracking()
            .Where(u => names.Contains(u.UserName!) && u.IsActive && u.Kind == AccountKind.Staff)
            .Select(u => new { u.Id, UserName = u.UserName!, u.DisplayName }).ToListAsync(cancellationToken);
        var unknown = names.Except(accounts.Select(a => a.UserName), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return IncomingErrors.UnknownReaders(unknown);
        }

        var ids = accounts.Select(a => a.Id).ToList();
        var already = await unit.Db.Set<Circulation>().Where(c => c.DocumentId == id && ids.Contains(c.ReaderId)).Select(c => c.ReaderName).ToListAsync(cancellationToken);
        if (already.Count > 0)
        {
            return IncomingErrors.AlreadyCirculated(already);
        }

        var sender = IncomingUnit.NameOf(user);
        foreach (var reader in accounts)
        {
            unit.Db.Add(new Circulation { DocumentId = id, ReaderId = reader.Id, ReaderName = reader.DisplayName, SentAt = unit.Now, SentByName = sender });
            inbox.ForReader(document, reader.Id);
        }

        unit.Record(document, IncomingSteps.Circulated, user, $"传阅给：{string.Join("、", accounts.Select(a => a.DisplayName))}");
        var saved = await unit.SaveAsync(document, cancellationToken);
        return saved.IsSuccess ? accounts.Count : saved.Error!;
    }
}
