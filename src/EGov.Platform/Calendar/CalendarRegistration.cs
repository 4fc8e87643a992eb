using EGov.Platform.Calendar.Admin;
using EGov.Platform.Calendar.Api;
using EGov.Platform.Calendar.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Calendar;

internal static class CalendarRegistration
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarSource>();
        services.AddSingleton(sp =>
        {
            // Other nodes learn of an administrator's change when their copy ages (Calendar:CacheMinutes, default 5).
            var minutes = sp.GetRequiredService<IConfiguration>().GetValue("Calendar:CacheMinutes", 5);
            return new WorkingDayCalendar(sp.GetRequiredService<CalendarSource>().Load, sp.GetRequiredService<TimeProvider>(), TimeSpan.FromMinutes(minutes));
        });
        services.AddSingleton<CalendarStatus>();
        services.AddScoped<CalendarAdministration>();
        services.AddSingleton<ICommandVerb, CalendarImportVerb>();
        services.AddSingleton(new NavigationItem(Shell.Admin, "工作日历", "/admin/calendar", CalendarPermissions.Manage, 30));
        return services;
    }

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/calendar").AllowAnonymous().WithTags("工作日历");
        AddWorkingDaysEndpoint.Map(group);
        WorkingDaysBetweenEndpoint.Map(group);
        CalendarDayEndpoint.Map(group);
        return endpoints;
    }
}
