using EGov.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Hosting;

[Collection(SqliteCollection.Name)]
public sealed class EndpointTests(SqlitePlatform platform)
{
    [Fact]
    public void No_two_endpoints_answer_the_same_method_and_route()
    {
        // Modules map their APIs independently; two handlers on one route fail only at request time (AmbiguousMatchException).
        var endpoints = platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var clashes = endpoints
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => (Method: method, Route: e.RoutePattern.RawText ?? "", e.Order)))
            .Where(e => e.Route.Length > 0 && !e.Route.Contains("{*", StringComparison.Ordinal))
            .GroupBy(e => (e.Method, Route: e.Route.TrimStart('/').ToUpperInvariant(), e.Order))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Method} {g.Key.Route}")
            .ToList();

        Assert.Empty(clashes);
    }
}
