using System.Security.Claims;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Ratings.Rate;

/// <summary>
/// 一次一评: the applicant rates the window service on the counter's 评价器 right after it, on the page the clerk opens.
/// Like window registration (一窗受理) it needs <c>approvals.window_intake</c> but no department scope: the hall's
/// comprehensive window serves every department. The rater is the applicant in person, so the rating is 实名.
/// </summary>
internal sealed class RateAtWindowHandler(EGovDbContext db, RatingRecorder recorder)
{
    public async Task<Application?> FindAsync(Guid applicationId, CancellationToken cancellationToken)
        => await db.Set<Application>().SingleOrDefaultAsync(a => a.Id == applicationId && a.State != ApplicationState.Withdrawn, cancellationToken);

    public async Task<Result<RatingReceipt>> HandleAsync(Guid applicationId, RatingInput input, ClaimsPrincipal clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await FindAsync(applicationId, cancellationToken) is not { } application)
        {
            return RatingErrors.ApplicationNotFound;
        }

        input.Anonymous = false;
        return await recorder.RecordAsync(application, RatingChannel.Window, input, clerk, cancellationToken);
    }
}
