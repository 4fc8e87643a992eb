using EGov.Platform.Modules;
using EGov.Portal.Contracts;
using EGov.Portal.Workflow.Api;
using EGov.Portal.Workflow.Handlers;
using EGov.Portal.Workflow.Queries;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.Workflow;

/// <summary>编审流程: submit, review, confidentiality review, scheduled publish and take-down, withdrawal, send back, push to the portal.</summary>
internal static class WorkflowRegistration
{
    public static IServiceCollection AddWorkflow(this IServiceCollection services)
    {
        services.AddOptions<WorkflowOptions>().BindConfiguration(WorkflowOptions.Section);
        services.AddScoped<ArticlePublisher>();
        services.AddScoped<Contracts.Publishing.IPolicyFilePublisher, Publishing.PolicyFilePublisher>();
        services.AddScoped<EditorGrants>();
        services.AddScoped<WorkflowAccess>();
        services.AddScoped<WorkflowUnit>();
        services.AddScoped<TransitionLog>();
        services.AddScoped<WorkflowInbox>();
        services.AddScoped<SubmitHandler>();
        services.AddScoped<ReviewHandler>();
        services.AddScoped<ConfidentialityReviewHandler>();
        services.AddScoped<WithdrawHandler>();
        services.AddScoped<PushHandler>();
        services.AddScoped<ReferenceDecisionHandler>();
        services.AddScoped<WorkflowQueues>();
        services.AddScoped<ArticleHistory>();
        services.AddSingleton<PortalScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<PortalScheduler>());
        services.AddSingleton(new NavigationItem(Shell.Office, "稿件审核", WorkflowUrls.Reviews, PortalPermissions.Review, 41));
        services.AddSingleton(new NavigationItem(Shell.Office, "保密审查", WorkflowUrls.Confidentiality, PortalPermissions.ConfidentialityReview, 42));
        return services;
    }

    public static IEndpointRouteBuilder MapWorkflow(this IEndpointRouteBuilder endpoints) => endpoints.MapWorkflowApi();
}
