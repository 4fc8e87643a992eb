using System.Security.Claims;
using EGov.Approvals.Applications;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Approvals.Ratings.Rate;

/// <summary>一事一评: the signed-in applicant rates their own application once it is concluded (办结, incl. 不予受理).</summary>
internal sealed class RateOnlineHandler(ApplicationAccess access, RatingRecorder recorder)
{
    public async Task<Result<Application>> FindRateableAsync(Guid applicationId, ClaimsPrincipal applicant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        if (applicant.AccountId() is not { } account || await access.FindOwnAsync(applicationId, account, cancellationToken) is not { } application)
        {
            return RatingErrors.ApplicationNotFound;
        }

        return CanRate(application) ? application : RatingErrors.NotConcluded;
    }

    public async Task<Result<RatingReceipt>> HandleAsync(Guid applicationId, RatingInput input, ClaimsPrincipal applicant, CancellationToken cancellationToken)
    {
        var found = await FindRateableAsync(applicationId, applicant, cancellationToken);
        return found.IsSuccess
            ? await recorder.RecordAsync(found.Value, RatingChannel.Online, input, applicant, cancellationToken)
            : found.Error!;
    }

    /// <summary>一事一评 follows 办结: concluded, or concluded by 不予受理; never a withdrawn or open application.</summary>
    public static bool CanRate(Application application)
        => application?.State is ApplicationState.Concluded or ApplicationState.Rejected;
}
