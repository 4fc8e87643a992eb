using EGov.Approvals.Applications.Handling.Api;
using EGov.Approvals.Applications.Handling.Decisions;
using EGov.Approvals.Applications.Handling.Dossier;
using EGov.Approvals.Applications.Handling.PreReview;
using EGov.Approvals.Applications.Handling.Results;
using EGov.Approvals.Applications.Handling.Review;
using EGov.Approvals.Applications.Handling.Withdrawal;
using EGov.Approvals.Contracts;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Applications.Handling;

/// <summary>办件办理: pre-review, acceptance, correction, review, special procedures, extension, decision, result, delivery, conclusion.</summary>
internal static class HandlingRegistration
{
    public static IServiceCollection AddApplicationHandling(this IServiceCollection services)
    {
        services.AddOptions<HandlingOptions>().BindConfiguration(HandlingOptions.Section);
        services.AddScoped<HandlingUnit>();
        services.AddScoped<HandlingDates>();
        services.AddScoped<HandlingClocks>();
        services.AddScoped<HandlingWork>();
        services.AddScoped<HandlingNotices>();
        services.AddScoped<Acceptance>();
        services.AddScoped<AcceptHandler>();
        services.AddScoped<RejectHandler>();
        services.AddScoped<CheckMaterialsHandler>();
        services.AddScoped<CorrectionNoticeHandler>();
        services.AddScoped<SupplyCorrectionHandler>();
        services.AddScoped<DeemedAcceptanceHandler>();
        services.AddScoped<OpinionHandler>();
        services.AddScoped<SpecialProcedureHandler>();
        services.AddScoped<ExtensionHandler>();
        services.AddScoped<DecisionSteps>();
        services.AddScoped<DecideHandler>();
        services.AddScoped<ResultSteps>();
        services.AddScoped<Completion>();
        services.AddScoped<ProduceResultHandler>();
        services.AddScoped<DeliverHandler>();
        services.AddScoped<ImmediateHandler>();
        services.AddScoped<WithdrawHandler>();
        services.AddScoped<DossierQuery>();
        services.AddScoped<ApplicationListQuery>();
        services.AddScoped<Areas.Approvals.Pages.MyActions.MyApplicationLoader>();
        services.AddSingleton<DeemedAcceptanceJob>();
        services.AddHostedService(sp => sp.GetRequiredService<DeemedAcceptanceJob>());
        services.AddSingleton(new NavigationItem(Shell.Office, "办件办理", "/office/approvals/applications", ApprovalsPermissions.View, 62));
        return services;
    }

    public static IEndpointRouteBuilder MapApplicationHandling(this IEndpointRouteBuilder endpoints) => endpoints.MapHandlingApi();
}
