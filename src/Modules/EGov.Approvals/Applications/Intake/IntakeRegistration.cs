using EGov.Approvals.Applications.Intake.Access;
using EGov.Approvals.Applications.Intake.Api;
using EGov.Approvals.Applications.Intake.Registration;
using EGov.Approvals.Applications.Intake.Tracking;
using EGov.Approvals.Contracts;
using EGov.Platform.Attachments;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Applications.Intake;

/// <summary>网上申请、窗口收件、过程查询、我的办件, and the module's attachment access policy.</summary>
internal static class IntakeRegistration
{
    public static IServiceCollection AddApplicationIntake(this IServiceCollection services)
    {
        services.AddScoped<IntakeItems>();
        services.AddScoped<ReusableMaterials>();
        services.AddScoped<MaterialIntake>();
        services.AddScoped<WindowReceipt>();
        services.AddScoped<ApplicationRegistrar>();
        services.AddScoped<SubmitApplicationHandler>();
        services.AddScoped<RegisterApplicationHandler>();
        services.AddScoped<ApplicationTracking>();
        services.AddScoped<MyApplications>();
        services.AddAttachmentAccessPolicy<ApprovalsAttachmentPolicy>();
        services.AddSingleton(new NavigationItem(Shell.Personal, "我的办件", IntakeUrls.Mine));
        services.AddSingleton(new NavigationItem(Shell.Office, "窗口收件", IntakeUrls.Register, ApprovalsPermissions.WindowIntake, 61));
        return services;
    }

    public static IEndpointRouteBuilder MapApplicationIntake(this IEndpointRouteBuilder endpoints)
    {
        IntakeEndpoints.Map(endpoints);
        DocumentDownload.Map(endpoints);
        return endpoints;
    }
}
