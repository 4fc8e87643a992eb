using EGov.Disclosure.Requests.Handling.Api;
using EGov.Disclosure.Requests.Handling.Consultations;
using EGov.Disclosure.Requests.Handling.Corrections;
using EGov.Disclosure.Requests.Handling.Deadlines;
using EGov.Disclosure.Requests.Handling.Disputes;
using EGov.Disclosure.Requests.Handling.Dossier;
using EGov.Disclosure.Requests.Handling.Extensions;
using EGov.Disclosure.Requests.Handling.Fees;
using EGov.Disclosure.Requests.Handling.Replies;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure.Requests.Handling;

/// <summary>依申请公开办理: correction, consultation, fee, extension, reply, delivery, disputes, and the deemed withdrawals.</summary>
internal static class HandlingRegistration
{
    public static IServiceCollection AddRequestHandling(this IServiceCollection services)
    {
        services.AddOptions<HandlingOptions>().BindConfiguration(HandlingOptions.Section);
        services.AddScoped<HandlingUnit>();
        services.AddScoped<HandlingDates>();
        services.AddScoped<HandlingWork>();
        services.AddScoped<SendCorrectionHandler>();
        services.AddScoped<ReceiveCorrectionHandler>();
        services.AddScoped<OnlineCorrectionHandler>();
        services.AddScoped<LapseHandler>();
        services.AddScoped<ConsultationHandler>();
        services.AddScoped<FeeQuote>();
        services.AddScoped<FeeHandler>();
        services.AddScoped<ExtendHandler>();
        services.AddScoped<DraftReplyHandler>();
        services.AddScoped<ReplyApprovalHandler>();
        services.AddScoped<DeliveryHandler>();
        services.AddScoped<WithdrawalHandler>();
        services.AddScoped<DisputeHandler>();
        services.AddScoped<DossierQuery>();
        services.AddSingleton<HandlingScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<HandlingScheduler>());
        return services;
    }

    public static IEndpointRouteBuilder MapRequestHandling(this IEndpointRouteBuilder endpoints) => endpoints.MapHandlingApi();
}
