using EGov.Documents.Contracts;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents.Outgoing.Demo;

/// <summary>
/// DEMO DATA: 公文 permissions for the demo roles. Clerks draft, handle and act as their unit's 文书 (编号、用印、分发 for
/// the documents their department prints, 收文); section chiefs review, countersign and draft; leaders review as
/// department heads, countersign, sign off, instruct and keep their agencies' templates.
/// </summary>
internal sealed class OutgoingDemoRoles : IDemoSeeder
{
    public int Order => 48;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        await DemoRoles.GrantAsync(db, DemoRoles.Clerk,
            [DocumentsPermissions.Draft, DocumentsPermissions.Handle, DocumentsPermissions.Dispatch, DocumentsPermissions.Receive], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.SectionChief,
            [DocumentsPermissions.Draft, DocumentsPermissions.Review, DocumentsPermissions.Countersign, DocumentsPermissions.Handle], cancellationToken);
        await DemoRoles.GrantAsync(db, DemoRoles.Leader,
            [DocumentsPermissions.Review, DocumentsPermissions.Countersign, DocumentsPermissions.SignOff, DocumentsPermissions.Instruct,
             DocumentsPermissions.Templates, DocumentsPermissions.Statistics], cancellationToken);
    }
}
