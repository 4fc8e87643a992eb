using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Clocks;

namespace EGov.Approvals.Applications.Handling;

/// <summary>An application loaded for a handling step, with its item and its clocks (tracked).</summary>
internal sealed class HandlingCase(Application application, ServiceItem item, IReadOnlyList<StatutoryClock> clocks)
{
    private readonly List<StatutoryClock> _clocks = [.. clocks];

    public Application Application { get; } = application;

    public ServiceItem Item { get; } = item;

    public Guid Id => Application.Id;

    public ApplicationState State => Application.State;

    public StatutoryClock? PreReview => Find(Application.PreReviewClockId);

    public StatutoryClock? Promised => Find(Application.PromisedClockId);

    public StatutoryClock? Statutory => Find(Application.StatutoryClockId);

    public StatutoryClock? Step => Find(Application.StepClockId);

    /// <summary>The clocks of the handling period that special procedures pause (第四十五条).</summary>
    public IEnumerable<StatutoryClock> HandlingClocks => new[] { Promised, Statutory, Step }.OfType<StatutoryClock>();

    public IEnumerable<StatutoryClock> All => _clocks;

    public void Add(StatutoryClock clock) => _clocks.Add(clock);

    private StatutoryClock? Find(Guid? id) => id is { } clockId ? _clocks.Find(c => c.Id == clockId) : null;
}
