using EGov.Oversight.Contracts;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight.Board;

/// <summary>The live board (实时监控): counts and lists of every running clock by level, module, department and 事项.</summary>
internal static class BoardRegistration
{
    public static IServiceCollection AddOversightBoard(this IServiceCollection services)
    {
        services.AddScoped<BoardNames>();
        services.AddScoped<BoardFilterParser>();
        services.AddScoped<BoardQueries>();
        services.AddSingleton(new NavigationItem(Shell.Office, "电子监察", "/office/oversight", OversightPermissions.Watch, 80));
        return services;
    }

    public static IEndpointRouteBuilder MapOversightBoard(this IEndpointRouteBuilder endpoints) => endpoints.MapBoardApi();
}
