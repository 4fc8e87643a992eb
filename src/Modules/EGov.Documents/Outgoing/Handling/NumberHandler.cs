using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Rules;
using EGov.Platform.Identity;
using EGov.Platform.Numbering;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>
/// 编号 (条例 Art. 25(二) 登记): the 文书 gives the 发文字号 — 机关代字〔年份〕序号号, per 代字 and year, never reused,
/// no leading zeros — from the numbering service inside the transaction that saves it. A document returned after
/// 编号 keeps its number.
/// </summary>
internal sealed class NumberHandler(DocumentUnit unit, OutgoingInbox inbox, INumberingService numbering)
{
    public static string Key(string agencyCode, int year) => $"documents:{agencyCode}:{year}";

    public async Task<Result> NumberAsync(Guid id, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadForAsync(id, version, FlowAction.Number, "编号", DocumentsPermissions.Dispatch, d => d.DispatchDepartmentId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        if (DraftingRules.SignerRequired(document.Direction, document.Signer) is { } missing)
        {
            return OutgoingErrors.Rules([missing]);
        }

        document.State = DocumentFlow.After(FlowAction.Number);
        await inbox.CompleteAsync(document, OutgoingInbox.NumberKind, user.AccountId(), cancellationToken);
        inbox.Dispatch(document, OutgoingInbox.SealKind, "待用印");
        document.Version++;
        document.UpdatedAt = unit.Now;
        try
        {
            await using var transaction = await unit.Db.Database.BeginTransactionAsync(cancellationToken);
            if (document.DocumentNumber is null)
            {
                var year = unit.Today.Year;
                document.DocumentNumber = await numbering.NextFormattedAsync(Key(document.AgencyCode, year), new NumberValues(document.AgencyCode, year), cancellationToken);
            }

            unit.AddOpinion(document, OpinionStep.Number, OpinionDecision.Done, document.DocumentNumber, user);
            unit.Audit(document, "numbered", user, document.DocumentNumber);
            await unit.Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another step on the same document won; the rollback gives the number back.
            unit.Db.ChangeTracker.Clear();
            return OutgoingErrors.Stale;
        }
    }
}
