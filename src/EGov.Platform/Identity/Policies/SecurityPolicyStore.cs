using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Identity.Policies;

/// <summary>Reads the policy in force: the saved row, or the configured defaults while none is saved.</summary>
internal sealed class SecurityPolicyStore(EGovDbContext db, IOptions<IdentitySettings> defaults, SecurityPolicyCache cache, TimeProvider clock)
{
    public async Task<SecurityPolicySettings> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGet(now, out var cached))
        {
            return cached;
        }

        var saved = await db.Set<SecurityPolicy>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == SecurityPolicy.SingletonId, cancellationToken);
        var policy = saved?.ToSettings() ?? defaults.Value.ToPolicy();
        cache.Set(policy, now);
        return policy;
    }
}

/// <summary>
/// Keeps the policy for a few seconds: it is read on every request with a cookie. Other nodes see a saved change
/// within <see cref="Lifetime"/>; this node at once.
/// </summary>
internal sealed class SecurityPolicyCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private (SecurityPolicySettings Policy, DateTimeOffset At)? _entry;

    public bool TryGet(DateTimeOffset now, out SecurityPolicySettings policy)
    {
        var entry = _entry;
        policy = entry?.Policy!;
        return entry is not null && now - entry.Value.At < Lifetime && now >= entry.Value.At;
    }

    public void Set(SecurityPolicySettings policy, DateTimeOffset now) => _entry = (policy, now);

    public void Clear() => _entry = null;
}
