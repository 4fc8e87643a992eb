using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Handling.Fees;

/// <summary>The fee a notice would state; <paramref name="Quantity"/> is the month's count including this request, or the pages.</summary>
internal sealed record FeeAmount(FeeMode Mode, int Quantity, int EarlierInMonth, decimal Amount);

/// <summary>Computes the fee of a request in one mode, counting the applicant's requests in the natural month itself.</summary>
internal sealed class FeeQuote(Platform.Data.EGovDbContext db)
{
    /// <param name="pieces">按件: how many 件 this request counts as after 一事一申请 splitting.</param>
    /// <param name="pages">按量: the pages provided.</param>
    public async Task<Result<FeeAmount>> ComputeAsync(DisclosureRequest request, FeeMode? mode, int? pieces, int? pages, CancellationToken cancellationToken)
    {
        switch (mode)
        {
            case FeeMode.PerRequest:
                if (pieces is not (>= 1 and <= 1000))
                {
                    return HandlingErrors.Field("disclosure.fee_pieces", "Pieces", "件数须为1至1000的整数。");
                }

                var earlier = await EarlierInMonthAsync(request, cancellationToken);
                return new FeeAmount(FeeMode.PerRequest, earlier + pieces.Value, earlier, FeeCalculator.PerRequest(earlier, pieces.Value));
            case FeeMode.PerPage:
                return pages is >= 1 and <= FeeCalculator.MaxQuantity
                    ? new FeeAmount(FeeMode.PerPage, pages.Value, 0, FeeCalculator.PerPage(pages.Value))
                    : HandlingErrors.Field("disclosure.fee_pages", "Pages", "页数须为正整数。");
            default:
                return HandlingErrors.Required("Mode", "计收方式（按件或按量，只能选一种）");
        }
    }

    /// <summary>
    /// 第四条: the same applicant's requests to this agency received earlier in the same natural month (same blind
    /// index of the identity number, or the same account), each one 件.
    /// </summary>
    public async Task<int> EarlierInMonthAsync(DisclosureRequest request, CancellationToken cancellationToken)
    {
        if (request.ReceivedOn is not { } received)
        {
            return 0;
        }

        var first = new DateOnly(received.Year, received.Month, 1);
        var query = db.Set<DisclosureRequest>().AsNoTracking()
            .Where(r => r.Id != request.Id && r.AgencyId == request.AgencyId && r.ReceivedOn >= first && r.ReceivedOn <= received);
        query = request.ApplicantIndex.Length > 0
            ? query.Where(r => r.ApplicantIndex == request.ApplicantIndex)
            : request.AccountId is { } account ? query.Where(r => r.AccountId == account) : query.Where(r => false);
        var sameMonth = await query.Select(r => new { r.ReceivedOn, r.SubmittedAt }).ToListAsync(cancellationToken);
        return sameMonth.Count(r => r.ReceivedOn < received || r.SubmittedAt <= request.SubmittedAt);
    }
}
