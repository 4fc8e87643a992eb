using System.Linq.Expressions;
using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Disclosure.Letters;

/// <summary>
/// Gathers a request's reply, notices, last consultation and clock for its letters. The caller's unit of work may hold
/// them unsaved (a notice and its letter are saved together), so the tracked entities are looked at first.
/// </summary>
internal sealed class LetterFactsReader(EGovDbContext db, ClockService clocks, AgencyDirectory agencies, IOptions<DisclosureOptions> options, TimeProvider time)
{
    public async Task<LetterFacts?> ReadAsync(DisclosureRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await agencies.FindAsync(request.AgencyId, cancellationToken) is not { } agency)
        {
            return null;
        }

        var id = request.Id;
        var consultations = db.Set<Consultation>().Local.Where(c => c.RequestId == id)
            .Concat(await db.Set<Consultation>().Where(c => c.RequestId == id).ToListAsync(cancellationToken));
        return new LetterFacts(request, agency, ChinaTime.Today(time), ReviewAuthority(agency))
        {
            Reply = await FindAsync<Reply>(r => r.RequestId == id, cancellationToken),
            Correction = await FindAsync<CorrectionNotice>(c => c.RequestId == id, cancellationToken),
            Fee = await FindAsync<FeeNotice>(f => f.RequestId == id, cancellationToken),
            Consultation = consultations.DistinctBy(c => c.Id).OrderBy(c => c.SentOn).ThenBy(c => c.Id).LastOrDefault(),
            Clock = request.ClockId is { } clockId
                ? db.Set<StatutoryClock>().Local.FirstOrDefault(c => c.Id == clockId) ?? await clocks.FindAsync(clockId, cancellationToken)
                : null,
        };
    }

    /// <summary>行政复议法 第二十四条: a department's review body is the government at its level; the government's is the one above.</summary>
    public string ReviewAuthority(AgencyInfo agency)
        => agency.IsGovernment ? options.Value.GovernmentReviewAuthority : options.Value.ReviewAuthority;

    private async Task<T?> FindAsync<T>(Expression<Func<T, bool>> predicate, CancellationToken cancellationToken)
        where T : class
        => db.Set<T>().Local.FirstOrDefault(predicate.Compile()) ?? await db.Set<T>().FirstOrDefaultAsync(predicate, cancellationToken);
}
