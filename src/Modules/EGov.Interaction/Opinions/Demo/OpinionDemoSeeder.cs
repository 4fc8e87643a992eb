using EGov.Interaction.Domain.Opinions;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Organization;
using EGov.Platform.Pdf;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Opinions.Demo;

/// <summary>
/// DEMO DATA: two collections of the district government office (run by <c>bgs.bianji</c>): one open with a few
/// opinions, one closed with its 采纳情况 published.
/// </summary>
internal sealed class OpinionDemoSeeder : IDemoSeeder
{
    public int Order => 47;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<EGovDbContext>();
        if (await db.Set<OpinionCollection>().AnyAsync(cancellationToken))
        {
            return;
        }

        var office = await sp.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync("xlq-zfb", cancellationToken)
            ?? throw new InvalidOperationException("演示数据缺少区政府办（xlq-zfb）。");
        var time = sp.GetRequiredService<TimeProvider>();
        var (today, now) = (ChinaTime.Today(time), time.GetUtcNow().UtcDateTime);
        var (store, pdf) = (sp.GetRequiredService<IAttachmentStore>(), sp.GetRequiredService<IPdfLetterWriter>());
        foreach (var sample in DemoCollections.All(today))
        {
            var c = new OpinionCollection
            {
                DepartmentId = office.Id,
                Title = sample.Title,
                Description = sample.Description,
                OpensOn = sample.OpensOn,
                ClosesOn = sample.ClosesOn,
                IsPublished = true,
                CreatedAt = now.AddDays(sample.OpensOn.DayNumber - today.DayNumber - 1),
                Version = 1,
            };
            var draft = await DemoDraftPdf.SaveAsync(store, pdf, c.Id, sample.Title, sample.Draft, office.Name, sample.OpensOn, cancellationToken);
            (c.DraftAttachmentId, c.DraftFileName) = (draft.Id, draft.OriginalName);
            if (sample.Feedback is { } feedback)
            {
                (c.FeedbackSummary, c.FeedbackPublishedAt) = (feedback, now.AddDays(-3));
            }

            db.Add(c);
            var minutes = 0;
            foreach (var (content, adoption, note) in sample.Opinions)
            {
                minutes += 517;
                db.Add(new Opinion
                {
                    CollectionId = c.Id,
                    Content = content,
                    Adoption = adoption,
                    AdoptionNote = note,
                    Name = minutes % 2 == 0 ? "" : "市民",
                    SubmittedAt = ChinaTime.StartOfDay(sample.OpensOn).AddMinutes(600 + minutes),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
