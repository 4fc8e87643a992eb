using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Handling.Actions;
using EGov.Platform.Identity;

namespace EGov.Interaction.Letters.Handling.Dossier;

/// <summary>The steps this person may take on the letter now: allowed in its state and in their scope for the step's department.</summary>
internal sealed class LetterActionsFor(LetterAccess access)
{
    public async Task<IReadOnlySet<LetterAction>> ForAsync(
        ClaimsPrincipal user, Letter letter, IReadOnlyList<LetterExtension> extensions, IReadOnlyList<LetterReply> replies, CancellationToken cancellationToken)
    {
        var allowed = new HashSet<LetterAction>();
        foreach (var action in Enum.GetValues<LetterAction>())
        {
            if (action != LetterAction.Note && LetterRules.Allows(action, letter) && Pending(action, letter, extensions, replies)
                && await CoversAsync(user, LetterRules.PermissionOf(action), LetterRules.InHandlingDepartment(action) ? letter.HandlingDepartmentId : letter.MailboxDepartmentId, cancellationToken))
            {
                allowed.Add(action);
            }
        }

        foreach (var permission in new[] { InteractionPermissions.Handle, InteractionPermissions.Dispatch, InteractionPermissions.Review })
        {
            if (await CoversAsync(user, permission, letter.MailboxDepartmentId, cancellationToken)
                || await CoversAsync(user, permission, letter.HandlingDepartmentId, cancellationToken))
            {
                allowed.Add(LetterAction.Note);
                break;
            }
        }

        return allowed;
    }

    private static bool Pending(LetterAction action, Letter letter, IReadOnlyList<LetterExtension> extensions, IReadOnlyList<LetterReply> replies) => action switch
    {
        LetterAction.RequestExtension => !extensions.Any(e => e.Round == letter.Round),
        LetterAction.DecideExtension => extensions.Any(e => e.Round == letter.Round && e.State == ExtensionState.Requested),
        LetterAction.ApproveReply or LetterAction.ReturnReply => replies.Any(r => r.State == ReplyState.Submitted),
        _ => true,
    };

    private async Task<bool> CoversAsync(ClaimsPrincipal user, string permission, Guid? departmentId, CancellationToken cancellationToken)
        => departmentId is { } id && user.HasPermission(permission) && await access.CoversAsync(permission, id, cancellationToken);
}
