using EGov.Documents.Incoming.Api;
using EGov.Documents.Incoming.Delivery;
using EGov.Documents.Incoming.Demo;
using EGov.Documents.Incoming.Reading;
using EGov.Documents.Incoming.Steps;
using EGov.Platform.Clocks;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Permissions;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents.Incoming;

/// <summary>收文办理 (条例 第二十四条): delivery, the steps, circulation, time limits, the pages and the API.</summary>
internal static class IncomingRegistration
{
    public static IServiceCollection AddIncoming(this IServiceCollection services)
    {
        services.AddOptions<IncomingOptions>().BindConfiguration(IncomingOptions.Section);
        services.AddSingleton<IDemoSeeder, IncomingDemoRoles>();
        services.AddClockType(new ClockType(IncomingClock.Module, IncomingClock.CaseType, "公文", "收文办理时限", LimitKind.Promised, "/office/documents/incoming/{caseId}")
        {
            CountsCase = true,
        });
        services.AddScoped<IncomingAccess>();
        services.AddScoped<IncomingUnit>();
        services.AddScoped<IncomingInbox>();
        services.AddScoped<IncomingClock>();
        services.AddScoped<IncomingDelivery>();
        services.AddScoped<IncomingQueries>();
        services.AddScoped<IncomingFeedback>();
        services.AddScoped<ReceiveHandler>();
        services.AddScoped<RegisterHandler>();
        services.AddScoped<CheckHandler>();
        services.AddScoped<ProposeHandler>();
        services.AddScoped<InstructHandler>();
        services.AddScoped<OpinionHandler>();
        services.AddScoped<RemindHandler>();
        services.AddScoped<ConcludeHandler>();
        services.AddScoped<ArchiveHandler>();
        services.AddScoped<CirculateHandler>();
        services.AddScoped<ReadHandler>();
        services.AddScoped<PaperRegistrationHandler>();
        services.AddSingleton(new NavigationItem(Shell.Office, "收文办理", "/office/documents/incoming", null, 60));
        return services;
    }

    public static IEndpointRouteBuilder MapIncoming(this IEndpointRouteBuilder endpoints) => endpoints.MapIncomingApi();
}
