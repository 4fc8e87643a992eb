using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Numbering;

internal static class NumberingRegistration
{
    public static IServiceCollection AddNumbering(this IServiceCollection services) => services;
}
