using EGov.IntegrationTests.Infrastructure;
using EGov.Portal.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EGov.IntegrationTests.Portal.Workflow;

/// <summary>One pass of the portal scheduler over the platform's database, at a chosen time.</summary>
internal static class WorkflowScheduling
{
    public static Task<SchedulerRun> RunAsync(PlatformFactory platform, DateTime utcNow)
    {
        var scheduler = new PortalScheduler(
            platform.Services.GetRequiredService<IServiceScopeFactory>(),
            new FakeTimeProvider(new DateTimeOffset(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc))),
            Options.Create(new WorkflowOptions()),
            NullLogger<PortalScheduler>.Instance);
        return scheduler.RunOnceAsync();
    }
}
