using EGov.Disclosure.Requests.Intake.Access;
using EGov.Disclosure.Requests.Intake.Api;
using EGov.Disclosure.Requests.Intake.Applications;
using EGov.Disclosure.Requests.Intake.Receipt;
using EGov.Disclosure.Requests.Intake.Registration;
using EGov.Disclosure.Requests.Intake.Staff;
using EGov.Disclosure.Requests.Intake.Tracking;
using EGov.Platform.Attachments;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure.Requests.Intake;

/// <summary>依申请公开的受理: the online form, staff registration, the receipt date rule, receipts, tracking, the personal space, the staff list.</summary>
internal static class IntakeRegistration
{
    public static IServiceCollection AddRequestIntake(this IServiceCollection services)
    {
        services.AddScoped<ApplicationValidator>();
        services.AddScoped<RequestReception>();
        services.AddScoped<RequestRegistrar>();
        services.AddScoped<SubmitRequestHandler>();
        services.AddScoped<RegisterRequestHandler>();
        services.AddScoped<ConfirmReceiptHandler>();
        services.AddScoped<RequestTracking>();
        services.AddScoped<MyRequests>();
        services.AddScoped<StaffRequestList>();
        services.AddAttachmentAccessPolicy<DisclosureAttachmentPolicy>();
        services.AddIntakePolicies();
        services.AddSingleton(new NavigationItem(Shell.Personal, "我的政府信息公开申请", IntakeUrls.Mine));
        services.AddSingleton(new NavigationItem(Shell.Office, "依申请公开", IntakeUrls.OfficeList, Contracts.DisclosurePermissions.Handle, 52));
        return services;
    }

    public static IEndpointRouteBuilder MapRequestIntake(this IEndpointRouteBuilder endpoints)
    {
        PublicRequestEndpoints.Map(endpoints);
        OfficeRequestEndpoints.Map(endpoints);
        DocumentDownload.Map(endpoints);
        return endpoints;
    }
}
