using System.Security.Claims;
using EGov.Approvals.Applications;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using EGov.Approvals.Ratings.Rectifications;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Ratings.Rate;

/// <summary>
/// Records one rating of an application (unique per application and channel: 一事一评 online, 一次一评 at the window)
/// and, for a 差评, opens the rectification — rating, step, clock, to-do item, message and audit in one unit of work.
/// </summary>
internal sealed class RatingRecorder(EGovDbContext db, ApplicationJournal journal, RectificationOpener opener, RectificationAudit audit, TimeProvider time)
{
    public async Task<Result<RatingReceipt>> RecordAsync(Application application, RatingChannel channel, RatingInput input, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var valid = RatingRules.Validate(channel, input);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        if (await RatedAsync(application.Id, channel, cancellationToken))
        {
            return RatingErrors.AlreadyRated;
        }

        var v = valid.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var rating = new Rating
        {
            ApplicationId = application.Id,
            ItemId = application.ItemId,
            DepartmentId = application.DepartmentId,
            Channel = channel,
            Overall = v.Overall,
            Dimensions = v.DimensionsJson,
            Comment = v.Comment,
            AccountId = channel == RatingChannel.Online ? application.AccountId : null,
            Named = v.Named,
            RatedAt = now,
        };
        db.Add(rating);
        var today = ChinaTime.DateOf(now);
        journal.Record(application, "rated", $"收到评价：{ApprovalsNames.RatingLevel(v.Overall)}", today, actor,
            internalNote: $"{ApprovalsNames.Of(channel)}，{v.Overall}星。{v.Comment}");
        audit.Record(rating, "recorded");
        Rectification? rectification = null;
        if (v.IsBad)
        {
            var opened = opener.Open(application, rating, today, actor);
            if (!opened.IsSuccess)
            {
                return opened.Error!;
            }

            rectification = opened.Value;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two submissions at once: the unique index on (application, channel) refused the second.
            if (!await RatedAsync(application.Id, channel, CancellationToken.None))
            {
                throw;
            }

            return RatingErrors.AlreadyRated;
        }

        return new RatingReceipt(rating.Id, rating.Overall, ApprovalsNames.RatingLevel(rating.Overall), rating.IsBad, rectification?.Id);
    }

    public Task<bool> RatedAsync(Guid applicationId, RatingChannel channel, CancellationToken cancellationToken)
        => db.Set<Rating>().AnyAsync(r => r.ApplicationId == applicationId && r.Channel == channel, cancellationToken);
}

/// <param name="RectificationId">Set when the rating was a 差评 and opened a rectification.</param>
internal sealed record RatingReceipt(Guid Id, int Overall, string Level, bool Bad, Guid? RectificationId);
