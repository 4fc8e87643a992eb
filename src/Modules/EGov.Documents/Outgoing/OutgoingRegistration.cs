using EGov.Documents.Contracts;
using EGov.Documents.Outgoing.Api;
using EGov.Documents.Outgoing.Demo;
using EGov.Documents.Outgoing.Handling;
using EGov.Documents.Outgoing.Reading;
using EGov.Documents.Rules;
using EGov.Platform.Attachments;
using EGov.Platform.Hosting;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents.Outgoing;

/// <summary>拟稿与发文办理: the handlers of every step, the lists and the document page, the API, the 行文规则 settings.</summary>
internal static class OutgoingRegistration
{
    public static IServiceCollection AddOutgoing(this IServiceCollection services)
    {
        services.AddOptions<RuleSettings>().BindConfiguration(RuleSettings.Section);
        services.AddSingleton<IDemoSeeder, OutgoingDemoRoles>();
        services.AddSingleton<IDemoSeeder, DocumentDemoSeeder>();
        services.AddScoped<OrganizationFacts>();
        services.AddScoped<OutgoingScope>();
        services.AddScoped<DocumentUnit>();
        services.AddScoped<OutgoingInbox>();
        services.AddScoped<StepActors>();
        services.AddScoped<DraftRuleCheck>();
        services.AddScoped<DraftParser>();
        services.AddScoped<DraftAttachments>();
        services.AddScoped<RecipientList>();
        services.AddScoped<DraftHandler>();
        services.AddScoped<SubmitHandler>();
        services.AddScoped<ReviewHandler>();
        services.AddScoped<CountersignHandler>();
        services.AddScoped<SignOffHandler>();
        services.AddScoped<NumberHandler>();
        services.AddScoped<SealHandler>();
        services.AddScoped<PublishHandler>();
        services.AddScoped<DocumentSealing>();
        services.AddScoped<InternalDelivery>();
        services.AddScoped<DistributeHandler>();
        services.AddScoped<ArchiveHandler>();
        services.AddScoped<ReturnHandler>();
        services.AddScoped<OutgoingQueries>();
        services.AddScoped<OutgoingDetails>();
        services.AddAttachmentAccessPolicy<OutgoingAttachmentPolicy>();
        // Not only drafters: reviewers, countersigning and signing-off leaders find their 待办 boxes here too.
        services.AddSingleton(new NavigationItem(Shell.Office, "发文办理", "/office/documents/outgoing", null, 60));
        return services;
    }

    public static IEndpointRouteBuilder MapOutgoing(this IEndpointRouteBuilder endpoints) => endpoints.MapOutgoingApi();
}
