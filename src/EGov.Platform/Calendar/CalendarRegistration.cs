using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Calendar;

internal static class CalendarRegistration
{
    public static IServiceCollection AddCalendar(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
