using System.Security.Claims;
using EGov.Interaction.Letters.Handling.Actions;
using EGov.Platform.Results;

namespace EGov.Interaction.Letters.Handling.Publication;

/// <summary>公开 and 撤销公开 by the dispatcher of the mailbox's department (only with the writer's consent, after the reply).</summary>
internal sealed class PublishHandler(LetterUnit unit, LetterPublisher publisher, LetterJournal journal)
{
    public async Task<Result> PublishAsync(Guid id, PublicText text, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadForAsync(id, LetterAction.Publish, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var letter = loaded.Value;
        var published = await publisher.PublishAsync(letter, text, cancellationToken);
        if (!published.IsSuccess)
        {
            return published;
        }

        journal.Record(letter, "published", "已在网站公开", user, departmentId: letter.MailboxDepartmentId);
        return await unit.SaveAsync(letter, cancellationToken);
    }

    public async Task<Result> UnpublishAsync(Guid id, string? reason, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadForAsync(id, LetterAction.Unpublish, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var letter = loaded.Value;
        publisher.Unpublish(letter);
        journal.Record(letter, "unpublished", "已撤销公开", user, internalNote: StaffName.Trimmed(reason), departmentId: letter.MailboxDepartmentId);
        return await unit.SaveAsync(letter, cancellationToken);
    }
}
