using EGov.Approvals.Contracts;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Demo;

/// <summary>
/// DEMO DATA: approvals permissions for the demo roles. Window clerks register, pre-review and accept; reviewers review;
/// section chiefs decide and manage the items; leaders approve extensions; the supervisor watches.
/// </summary>
internal sealed class ApprovalsDemoRoles : IDemoSeeder
{
    public int Order => 41;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        await DemoRoles.GrantAsync(db, DemoRoles.WindowClerk, [ApprovalsPermissions.WindowIntake, ApprovalsPermissions.Accept, ApprovalsPermissions.Issue, ApprovalsPermissions.View], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.Reviewer, [ApprovalsPermissions.Accept, ApprovalsPermissions.Review, ApprovalsPermissions.View], cancellationToken);
        await DemoRoles.GrantAsync(
            db,
            DemoRoles.SectionChief,
            [ApprovalsPermissions.Catalog, ApprovalsPermissions.Review, ApprovalsPermissions.Decide, ApprovalsPermissions.Licences, ApprovalsPermissions.Rectify, ApprovalsPermissions.View],
            cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.Leader, [ApprovalsPermissions.Decide, ApprovalsPermissions.ApproveExtension, ApprovalsPermissions.View], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.Supervisor, [ApprovalsPermissions.View], cancellationToken);
    }
}
