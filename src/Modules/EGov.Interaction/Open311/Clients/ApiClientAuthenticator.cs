using System.Threading.RateLimiting;
using EGov.Interaction.Domain.Open311;
using EGov.Interaction.Open311.Format;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Open311.Clients;

/// <summary>
/// Finds the registered, unrevoked client of an <c>api_key</c> (403 otherwise) and applies its own rate limit (the key,
/// not the IP: a city app posts for many people from few addresses).
/// </summary>
internal sealed class ApiClientAuthenticator(EGovDbContext db, Open311PostLimiter limiter)
{
    public async Task<(ApiClient? Client, Open311Error? Error)> AuthenticateAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return (null, Open311Error.Forbidden("缺少 api_key，无法提交服务请求。"));
        }

        var hash = ApiKeys.Hash(key.Trim());
        var client = await db.Set<ApiClient>().AsNoTracking().SingleOrDefaultAsync(c => c.KeyHash == hash, cancellationToken);
        if (client is null || !ApiKeys.Matches(key.Trim(), client.KeyHash))
        {
            return (null, Open311Error.Forbidden("api_key 无效，无法提交服务请求。"));
        }

        if (client.RevokedAt is not null)
        {
            return (null, Open311Error.Forbidden("api_key 已被吊销，无法提交服务请求。"));
        }

        using var lease = limiter.Acquire(client.Id);
        return lease.IsAcquired
            ? (client, null)
            : (null, Open311Error.TooMany("提交过于频繁，请稍后再试。"));
    }
}

/// <summary>Per-client fixed window for POST requests (<see cref="Open311Options.PostsPerMinute"/>).</summary>
internal sealed class Open311PostLimiter(Microsoft.Extensions.Options.IOptions<Open311Options> options) : IDisposable
{
    private readonly PartitionedRateLimiter<Guid> _limiter = PartitionedRateLimiter.Create<Guid, Guid>(id => RateLimitPartition.GetFixedWindowLimiter(
        id, _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, options.Value.PostsPerMinute), Window = TimeSpan.FromMinutes(1) }));

    public RateLimitLease Acquire(Guid clientId) => _limiter.AttemptAcquire(clientId);

    public void Dispose() => _limiter.Dispose();
}
