using EGov.Disclosure.Contracts;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure.Demo;

/// <summary>
/// DEMO DATA: disclosure permissions for the demo roles. The district government's disclosure office is its 办公室:
/// <c>bgs.keyuan</c> catalogs and handles requests, <c>bgs.zhuren</c> reviews, signs off and approves extensions,
/// <c>baomi</c> does the confidentiality review, <c>jiancha</c> watches.
/// </summary>
internal sealed class DisclosureDemoRoles : IDemoSeeder
{
    public int Order => 40;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        await DemoRoles.GrantAsync(db, DemoRoles.Clerk, [DisclosurePermissions.Catalog, DisclosurePermissions.Handle, DisclosurePermissions.View], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.Editor, [DisclosurePermissions.Catalog], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.Reviewer, [DisclosurePermissions.Handle, DisclosurePermissions.Review, DisclosurePermissions.View], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.SectionChief, [DisclosurePermissions.Review, DisclosurePermissions.View], cancellationToken);
        await DemoRoles.GrantAsync(
            db,
            DemoRoles.Leader,
            [DisclosurePermissions.Review, DisclosurePermissions.SignOff, DisclosurePermissions.ApproveExtension, DisclosurePermissions.Manage, DisclosurePermissions.View],
            cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.ConfidentialityReviewer, [DisclosurePermissions.ConfidentialityReview], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.Supervisor, [DisclosurePermissions.View], cancellationToken);
    }
}
