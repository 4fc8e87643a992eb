using System.Security.Claims;
using EGov.Documents.Outgoing.Handling;
using EGov.Platform.Attachments;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Outgoing.Reading;

/// <summary>The 附件 of a 公文 are readable by whoever may read the document.</summary>
internal sealed class OutgoingAttachmentPolicy(OutgoingScope scope) : IAttachmentAccessPolicy
{
    public string Module => OutgoingInbox.Module;

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, AttachmentInfo attachment, CancellationToken cancellationToken)
        => Guid.TryParse(attachment.CaseId, out var id) && await (await scope.ReadableAsync(cancellationToken)).AnyAsync(d => d.Id == id, cancellationToken);
}
