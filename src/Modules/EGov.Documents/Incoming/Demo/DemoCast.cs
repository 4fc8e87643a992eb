using System.Security.Claims;
using EGov.Platform.Hosting;
using EGov.Platform.Results;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents.Incoming.Demo;

/// <summary>
/// The demo accounts a demo story acts as, one at a time, each in a fresh scope as a new request would be (handlers
/// keep per-request caches of what the signed-in person may see), and the check that every step it takes succeeds.
/// </summary>
internal sealed class DemoCast(IServiceProvider services, CancellationToken cancellationToken) : IAsyncDisposable
{
    private readonly Dictionary<string, ClaimsPrincipal> _principals = new(StringComparer.Ordinal);
    private readonly List<AsyncServiceScope> _scopes = [];
    private IServiceProvider? _current;

    public ClaimsPrincipal Current { get; private set; } = new();

    public async Task<ClaimsPrincipal> PrincipalAsync(string userName)
    {
        if (!_principals.TryGetValue(userName, out var principal))
        {
            principal = await services.GetRequiredService<IDemoActors>().PrincipalOfAsync(userName, cancellationToken);
            _principals[userName] = principal;
        }

        return principal;
    }

    /// <summary>Synchronous, so the caller's own flow acts as <paramref name="principal"/> afterwards.</summary>
    public void Act(ClaimsPrincipal principal)
    {
        var scope = services.CreateAsyncScope();
        _scopes.Add(scope);
        _current = scope.ServiceProvider;
        _current.GetRequiredService<IDemoActors>().ActAs(principal);
        Current = principal;
    }

    /// <summary>A service of the current actor's scope.</summary>
    public T Get<T>()
        where T : notnull => (_current ?? services).GetRequiredService<T>();

    /// <summary>A demo step that fails is a bug in the demo data or the module: start-up stops and says which.</summary>
    public static T Must<T>(Result<T> result)
        => result.IsSuccess ? result.Value : throw new InvalidOperationException($"Demo 公文: {result.Error!.Code} {result.Error.Message}");

    public static void Must(Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Demo 公文: {result.Error!.Code} {result.Error.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }
    }
}
