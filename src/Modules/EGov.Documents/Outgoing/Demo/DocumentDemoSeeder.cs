using System.Security.Claims;
using EGov.Documents.Domain;
using EGov.Documents.Incoming.Demo;
using EGov.Documents.Templates;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents.Outgoing.Demo;

/// <summary>
/// DEMO DATA: <see cref="DemoDocuments"/> told through the module's own handlers, each step taken by the demo account
/// that holds it — so the documents are really numbered, laid out and sealed, delivered to their units' 收文, published
/// on the portal, and the to-dos and audit trail are what real use leaves. Runs once, after the seals and templates.
/// </summary>
internal sealed class DocumentDemoSeeder : IDemoSeeder
{
    public int Order => 50;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<EGovDbContext>();
        if (await db.Set<OfficialDocument>().AnyAsync(cancellationToken) || !await db.Set<DocumentTemplate>().AnyAsync(cancellationToken))
        {
            return;
        }

        var tree = await sp.GetRequiredService<IOrganizationDirectory>().TreeAsync(cancellationToken);
        var departments = tree.ToDictionary(d => d.Code, d => d.Id, StringComparer.Ordinal);
        var templates = await db.Set<DocumentTemplate>().AsNoTracking().ToDictionaryAsync(t => t.AgencyCode, t => t.Id, StringComparer.Ordinal, cancellationToken);
        await using var cast = new DemoCast(sp, cancellationToken);
        var story = new DemoDocumentStory(cast, departments, cancellationToken);
        foreach (var demo in DemoDocuments.All)
        {
            await story.TellAsync(demo, templates[demo.Code]);
        }
    }
}
