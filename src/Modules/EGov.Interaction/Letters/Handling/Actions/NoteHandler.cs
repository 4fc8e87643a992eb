using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Interaction.Letters.Handling.Actions;

/// <summary>内部备注: for the staff who dispatch, handle or review the letter; the public never sees it.</summary>
internal sealed class NoteHandler(LetterUnit unit, LetterJournal journal)
{
    private static readonly string[] Permissions = [InteractionPermissions.Handle, InteractionPermissions.Dispatch, InteractionPermissions.Review];

    public async Task<Result> AddAsync(Guid id, string? body, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (StaffName.Trimmed(body) is not { } text)
        {
            return HandlingErrors.Required("Body", "备注内容");
        }

        Result<Letter> loaded = InteractionErrors.NotFound;
        foreach (var permission in Permissions.Where(user.HasPermission))
        {
            loaded = await unit.LoadInScopeAsync(id, permission, version, cancellationToken);
            if (loaded.Error != InteractionErrors.NotFound)
            {
                break;
            }
        }

        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var letter = loaded.Value;
        unit.Db.Add(new LetterNote { LetterId = id, Body = text, AuthorId = user.AccountId() ?? Guid.Empty, AuthorName = StaffName.Of(user), At = unit.Now });
        journal.Record(letter, "noted", "内部备注", user, internalNote: text);
        return await unit.SaveAsync(letter, cancellationToken);
    }
}
