using EGov.Interaction.Domain.Opinions;
using EGov.Interaction.Opinions.Editing;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Opinions.Feedback;

/// <summary>
/// After closing, staff mark each opinion 采纳 / 部分采纳 / 未采纳 with a note. The collection's version guards the
/// marks: two editors working on the same collection are told rather than overwriting each other.
/// </summary>
internal sealed class AdoptOpinionHandler(EGovDbContext db, CollectionFinder finder, IAuditLog audit, TimeProvider time)
{
    public async Task<Result<Guid>> AdoptAsync(Guid collectionId, Guid opinionId, Adoption adoption, string? note, uint version, CancellationToken cancellationToken)
    {
        var found = await finder.ForChangeAsync(collectionId, version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var collection = found.Value;
        if (OpinionRules.PhaseOn(collection, ChinaTime.Today(time)) != CollectionPhase.Closed)
        {
            return OpinionErrors.StillOpen(collection.ClosesOn);
        }

        if (adoption == Adoption.Pending || !Enum.IsDefined(adoption))
        {
            return ConsultErrors.Fields("interaction.adoption_invalid", new Dictionary<string, string> { ["Adoption"] = "请选择采纳、部分采纳或未采纳。" });
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > 2000)
        {
            return ConsultErrors.Fields("interaction.adoption_invalid", new Dictionary<string, string> { ["Note"] = "说明请控制在2000字以内。" });
        }

        var opinion = await db.Set<Opinion>().SingleOrDefaultAsync(o => o.Id == opinionId && o.CollectionId == collectionId, cancellationToken);
        if (opinion is null)
        {
            return OpinionErrors.OpinionNotFound;
        }

        (opinion.Adoption, opinion.AdoptionNote) = (adoption, note);
        collection.Version++;
        audit.Record("opinion_marked", collection, new { opinion = opinion.Id, adoption = adoption.ToString() });
        return await finder.SaveAsync(opinion.Id, cancellationToken);
    }
}
