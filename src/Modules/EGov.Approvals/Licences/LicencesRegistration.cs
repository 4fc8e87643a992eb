using EGov.Approvals.Contracts;
using EGov.Approvals.Licences.Api;
using EGov.Approvals.Licences.Issuing;
using EGov.Approvals.Licences.Mine;
using EGov.Approvals.Licences.Pdf;
using EGov.Approvals.Licences.Revocation;
using EGov.Approvals.Licences.Verification;
using EGov.Approvals.Publication;
using EGov.Platform.Hosting;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Licences;

internal static class LicencesRegistration
{
    public static IServiceCollection AddLicences(this IServiceCollection services)
    {
        services.AddOptions<LicenceOptions>().BindConfiguration(ApprovalsOptions.Section);
        services.AddScoped<LicenceSigningKeys>();
        services.AddScoped<ILicenceIssuer, LicenceIssuer>();
        services.AddSingleton<LicencePdf>();
        services.AddSingleton<IStartupTask, LicenceKeysStartupTask>();
        services.AddSingleton<IDemoSeeder, LicenceKeysDemoSeeder>();
        services.AddScoped<LicenceVerifier>();
        services.AddScoped<PublicLicences>();
        services.AddScoped<LicenceUpload>();
        services.AddScoped<LicenceCertificates>();
        services.AddScoped<LicenceFiles>();
        services.AddScoped<StaffLicences>();
        services.AddScoped<StaffLicenceList>();
        services.AddScoped<RevokeLicenceHandler>();
        services.AddScoped<MyLicenceList>();
        services.AddSingleton(new NavigationItem(Shell.Office, "电子证照", "/office/approvals/licences", ApprovalsPermissions.Licences, 64));
        services.AddSingleton(new NavigationItem(Shell.Personal, "我的电子证照", "/my/licences"));
        return services.AddResultPublication();
    }

    public static IEndpointRouteBuilder MapLicences(this IEndpointRouteBuilder endpoints)
        => endpoints.MapLicenceApi().MapOfficeLicenceApi().MapResultPublication();
}
