using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Exchange;

/// <summary>信息共享交换: resource catalog, share requests and the exchange log</summary>
public static class ExchangeModule
{
    public static readonly ModuleDescriptor Descriptor = new("exchange", "信息共享交换", "resource catalog, share requests and the exchange log");

    public static IServiceCollection AddExchange(this IServiceCollection services)
        => services.AddModuleParts(Descriptor).AddModelFrom<ModuleMarker>();

    public static IEndpointRouteBuilder MapExchange(this IEndpointRouteBuilder endpoints) => endpoints;

    private sealed class ModuleMarker;
}
