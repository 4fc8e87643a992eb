using EGov.Platform.Attachments;
using EGov.Platform.Audit;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Inbox;
using EGov.Platform.Keys;
using EGov.Platform.Notifications;
using EGov.Platform.Numbering;
using EGov.Platform.Organization;
using EGov.Platform.Pdf;
using EGov.Platform.PersonalData;
using EGov.Platform.Verification;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EGov.Platform;

/// <summary>The shared kernel: organization, identity, calendar, clocks, audit, numbering, inbox, attachments, crypto.</summary>
public static class PlatformModule
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddPlatformDatabase(configuration, environment.ContentRootPath);
        services.AddCrypto();
        services.AddKeyStore(configuration, environment);
        services.AddOrganization();
        services.AddIdentityStore(configuration);
        services.AddCalendar();
        services.AddClocks(configuration);
        services.AddAudit(configuration);
        services.AddNumbering();
        services.AddInbox();
        services.AddAttachments(configuration, environment);
        services.AddPersonalData();
        services.AddPdf(configuration);
        services.AddNotifications();
        services.AddVerification();
        return services;
    }

    public static IEndpointRouteBuilder MapPlatform(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCalendarApi();
        endpoints.MapAuditApi();
        endpoints.MapIdentityApi();
        endpoints.MapInboxApi();
        endpoints.MapAttachmentsApi();
        endpoints.MapKeyStoreApi();
        endpoints.MapNotificationsApi();
        endpoints.MapVerificationApi();
        return endpoints;
    }
}
