using EGov.Interaction.Domain.Opinions;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Contracts.Html;
using Microsoft.Extensions.Options;

namespace EGov.Interaction.Opinions.Editing;

/// <summary>Creates and edits opinion collections; a period shorter than recommended is saved with a warning.</summary>
internal sealed class SaveCollectionHandler(
    EGovDbContext db, ConsultAccess access, CollectionFinder finder, DraftFile draft, IRichTextSanitizer sanitizer,
    IOptions<OpinionsOptions> options, IAuditLog audit, TimeProvider time)
{
    public async Task<Result<CollectionSaved>> CreateAsync(CollectionInput input, DraftUpload? upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (access.UserId is not { } userId)
        {
            return ConsultErrors.NoAccount;
        }

        var departmentId = input.DepartmentId ?? access.DepartmentId;
        if (departmentId is not { } department || !await access.CoversAsync(department, cancellationToken))
        {
            return ConsultErrors.OutOfScope;
        }

        var collection = new OpinionCollection { DepartmentId = department, CreatedAt = time.GetUtcNow().UtcDateTime, Version = 1 };
        var applied = await ApplyAsync(collection, input, userId, upload, cancellationToken);
        if (!applied.IsSuccess)
        {
            return applied.Error!;
        }

        db.Add(collection);
        audit.Record("created", collection);
        return await finder.SaveAsync(Saved(collection), cancellationToken);
    }

    public async Task<Result<CollectionSaved>> UpdateAsync(Guid id, CollectionInput input, DraftUpload? upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await finder.ForChangeAsync(id, input.Version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var collection = found.Value;
        var applied = await ApplyAsync(collection, input, access.UserId!.Value, upload, cancellationToken);
        if (!applied.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return applied.Error!;
        }

        collection.Version++;
        audit.Record("changed", collection);
        return await finder.SaveAsync(Saved(collection), cancellationToken);
    }

    private async Task<Result> ApplyAsync(OpinionCollection collection, CollectionInput input, Guid userId, DraftUpload? upload, CancellationToken cancellationToken)
    {
        var errors = OpinionRules.CheckDates(input.OpensOn, input.ClosesOn);
        var title = input.Title?.Trim() ?? "";
        if (title.Length is 0 or > 200)
        {
            errors["Title"] = "请填写标题（200字以内）。";
        }

        var description = sanitizer.Sanitize(input.Description);
        if (!description.IsSuccess)
        {
            errors["Description"] = description.Error!.Fields?.Values.FirstOrDefault()?.FirstOrDefault() ?? description.Error.Message;
        }
        else if (description.Value.Length > 20000)
        {
            errors["Description"] = "说明过长，请精简到两万字以内。";
        }

        if (errors.Count > 0)
        {
            return ConsultErrors.Fields("interaction.collection_invalid", errors);
        }

        (collection.Title, collection.Description) = (title, description.Value);
        (collection.OpensOn, collection.ClosesOn) = (input.OpensOn!.Value, input.ClosesOn!.Value);
        return await draft.TakeAsync(collection, userId, upload, input.DraftAttachmentId, cancellationToken);
    }

    private CollectionSaved Saved(OpinionCollection c) => new(c.Id, OpinionRules.ShortPeriodWarning(c.OpensOn, c.ClosesOn, options.Value.RecommendedDays));
}
