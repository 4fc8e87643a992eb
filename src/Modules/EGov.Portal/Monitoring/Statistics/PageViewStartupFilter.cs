using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace EGov.Portal.Monitoring.Statistics;

/// <summary>Puts the page-view counter in front of the host's pipeline, so it also sees pages served from the output cache.</summary>
internal sealed class PageViewStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<PageViewMiddleware>();
        next(app);
    };
}
