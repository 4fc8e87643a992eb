using EGov.Platform.Attachments;
using EGov.Platform.Modules;
using EGov.Portal.Authoring.Api;
using EGov.Portal.Authoring.Editing;
using EGov.Portal.Authoring.Html;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Authoring.Sites;
using EGov.Portal.Authoring.Versions;
using EGov.Portal.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.Authoring;

/// <summary>稿件编辑: articles, sanitized rich text, attachments, versions and diff, sites and channels management.</summary>
internal static class AuthoringRegistration
{
    public static IServiceCollection AddAuthoring(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<ArticleHtmlSanitizer>();
        services.AddSingleton<Contracts.Html.IRichTextSanitizer>(sp => sp.GetRequiredService<ArticleHtmlSanitizer>());
        services.AddScoped<CurrentEditor>();
        services.AddScoped<EditorScope>();
        services.AddScoped<ManagerScope>();
        services.AddScoped<ArticleLinks>();
        services.AddScoped<ArticleAttachments>();
        services.AddScoped<SaveArticleHandler>();
        services.AddScoped<DeleteArticleHandler>();
        services.AddScoped<ArticleList>();
        services.AddScoped<ArticleDetails>();
        services.AddScoped<PolicyDocumentLookup>();
        services.AddScoped<RevisionQueries>();
        services.AddScoped<SaveSiteHandler>();
        services.AddScoped<SaveChannelHandler>();
        services.AddScoped<DeleteChannelHandler>();
        services.AddScoped<HomeBlockHandler>();
        services.AddScoped<EditorGrantHandler>();
        services.AddScoped<SiteQueries>();
        services.AddAttachmentAccessPolicy<PortalAttachmentPolicy>();
        services.AddSingleton(new NavigationItem(Shell.Office, "稿件管理", "/office/portal/articles", PortalPermissions.Edit, 40));
        services.AddSingleton(new NavigationItem(Shell.Office, "站点与栏目", "/office/portal/sites", PortalPermissions.Manage, 44));
        return services;
    }

    public static IEndpointRouteBuilder MapAuthoring(this IEndpointRouteBuilder endpoints)
    {
        var portal = endpoints.MapGroup("/api/v1/portal").WithTags("门户网站群：稿件与站点");
        ArticleEndpoints.Map(portal);
        SiteEndpoints.Map(portal);
        return endpoints;
    }
}
