using System.Security.Claims;
using EGov.Interaction.Domain.Opinions;
using EGov.Interaction.Moderation;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using EGov.Platform.Time;
using EGov.Platform.Verification;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Opinions.Public;

/// <summary>
/// Takes an opinion on a published, open collection. Signed-in writers are known by their account; anonymous ones
/// pass the CAPTCHA and SMS check. Opinions with sensitive words are kept and flagged for staff review.
/// </summary>
internal sealed class SubmitOpinionHandler(EGovDbContext db, AnonymousGuard guard, SensitiveWordFilter filter, IAuditLog audit, TimeProvider time)
{
    public const string Purpose = "interaction.opinion";

    public async Task<Result<OpinionReceipt>> SubmitAsync(Guid collectionId, OpinionInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(user);
        var collection = await db.Set<OpinionCollection>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == collectionId && c.IsPublished, cancellationToken);
        if (collection is null)
        {
            return OpinionErrors.NotFound;
        }

        if (OpinionRules.PhaseOn(collection, ChinaTime.Today(time)) != CollectionPhase.Open)
        {
            return OpinionErrors.NotOpen;
        }

        var content = input.Content?.Trim() ?? "";
        var name = input.Name?.Trim() ?? "";
        var errors = new Dictionary<string, string>();
        if (content.Length is < 5 or > 5000)
        {
            errors["Content"] = "请填写意见内容（5至5000字）。";
        }

        if (name.Length > 50)
        {
            errors["Name"] = "姓名请控制在50字以内。";
        }

        if (errors.Count > 0)
        {
            return ConsultErrors.Fields("interaction.opinion_invalid", errors);
        }

        var opinion = new Opinion { CollectionId = collectionId, Content = content, SubmittedAt = time.GetUtcNow().UtcDateTime };
        if (user.AccountId() is { } accountId)
        {
            opinion.AccountId = accountId;
        }
        else
        {
            var proof = input.Proof ?? new AnonymousProof();
            var checkedProof = await guard.CheckAsync(proof, Purpose, cancellationToken: cancellationToken);
            if (!checkedProof.IsSuccess)
            {
                return checkedProof.Error!;
            }

            (opinion.Name, opinion.Phone) = (name, proof.Phone?.Trim());
        }

        var found = await filter.FindAsync(content + "\n" + name, cancellationToken);
        opinion.SensitiveWords = found.Count == 0 ? null : string.Join("，", found);
        db.Add(opinion);
        audit.Record(new AuditRecord("interaction.opinion_submitted", nameof(Opinion), opinion.Id.ToString(), AuditOutcome.Success,
            $"{{\"collection\":\"{collectionId}\",\"held\":{(found.Count > 0 ? "true" : "false")}}}"));
        await db.SaveChangesAsync(cancellationToken);
        return new OpinionReceipt(opinion.Id, found.Count > 0);
    }
}
