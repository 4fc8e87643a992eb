using System.Security.Claims;
using EGov.Platform.Identity;

namespace EGov.Platform.Attachments;

/// <summary>Deny by default: public files for anyone, drafts for their uploader, the rest as the owning module's policy says.</summary>
internal sealed class AttachmentAccess(IEnumerable<IAttachmentAccessPolicy> policies)
{
    public async Task<bool> CanReadAsync(ClaimsPrincipal user, AttachmentInfo attachment, CancellationToken cancellationToken)
    {
        if (attachment.IsPublic)
        {
            return true;
        }

        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (attachment.IsDraft)
        {
            return attachment.UploadedBy is { } uploader && user.AccountId() == uploader;
        }

        foreach (var policy in policies.Where(p => p.Module == attachment.Module))
        {
            if (await policy.CanReadAsync(user, attachment, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
