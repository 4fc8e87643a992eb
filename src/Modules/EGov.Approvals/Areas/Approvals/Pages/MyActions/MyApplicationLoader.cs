using EGov.Approvals.Applications;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Areas.Approvals.Pages.MyActions;

/// <summary>The signed-in applicant's own application with its correction notice, for the action pages; another account's is null.</summary>
internal sealed class MyApplicationLoader(ApplicationAccess access, EGovDbContext db)
{
    public async Task<(Application Application, CorrectionNotice? Notice)?> LoadAsync(Guid id, Guid? accountId, CancellationToken cancellationToken)
    {
        if (accountId is not { } account || await access.FindOwnAsync(id, account, cancellationToken) is not { } application)
        {
            return null;
        }

        var notice = await db.Set<CorrectionNotice>().AsNoTracking().SingleOrDefaultAsync(n => n.ApplicationId == id, cancellationToken);
        return (application, notice);
    }
}
