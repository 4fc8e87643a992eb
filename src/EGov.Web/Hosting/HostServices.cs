using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.WebEncoders;

namespace EGov.Web.Hosting;

internal static class HostServices
{
    public static WebApplicationBuilder AddHostServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<SiteOptions>(builder.Configuration.GetSection(SiteOptions.Section));

        // Razor would otherwise write every Chinese character as an entity (about three times the bytes).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(
            UnicodeRanges.BasicLatin, UnicodeRanges.CjkUnifiedIdeographs, UnicodeRanges.CjkSymbolsandPunctuation,
            UnicodeRanges.HalfwidthandFullwidthForms, UnicodeRanges.GeneralPunctuation));

        services.AddRazorPages();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "egov.af";
            o.HeaderName = "X-CSRF-TOKEN";
        });

        // Deny by default: every page and endpoint needs a signed-in user unless it says otherwise.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddHealthChecks().AddDbContextCheck<EGov.Platform.Data.EGovDbContext>("database", tags: ["ready"]);
        services.AddPublicFormRateLimits();
        services.AddSingleton<EGov.Platform.Hosting.ICommandVerb, Commands.MigrateVerb>();
        services.AddSingleton<EGov.Platform.Hosting.ICommandVerb, Commands.SeedDemoVerb>();
        return builder;
    }
}
