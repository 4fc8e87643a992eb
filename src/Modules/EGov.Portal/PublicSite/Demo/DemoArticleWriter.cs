using System.Globalization;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Time;
using EGov.Portal.Contracts.Search;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using EGov.Portal.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.PublicSite.Demo;

/// <summary>DEMO DATA: writes the demo articles with their revision, workflow records, attachment, reference and search entries.</summary>
internal sealed class DemoArticleWriter(IServiceProvider services)
{
    private readonly EGovDbContext _db = services.GetRequiredService<EGovDbContext>();
    private readonly TimeProvider _time = services.GetRequiredService<TimeProvider>();
    private readonly Dictionary<string, Article> _byKey = new(StringComparer.Ordinal);

    public async Task WriteAllAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var sites = await _db.Set<Site>().ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);
        var channels = await _db.Set<Channel>().AsNoTracking().ToListAsync(cancellationToken);
        var users = await _db.Set<UserAccount>().Where(u => u.UserName == "bgs.bianji" || u.UserName == "scjg.bianji" || u.UserName == "baomi")
            .ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.DisplayName), StringComparer.Ordinal, cancellationToken);
        if (!users.TryGetValue("baomi", out var reviewer))
        {
            return;
        }

        var all = PortalDemoNews.All.Concat(PortalDemoPolicies.All).Concat(SubSiteDemoContent.Articles).Concat(SubSiteDemoContent.InWorkflow);
        foreach (var demo in all)
        {
            if (!sites.TryGetValue(demo.Site, out var site) || !users.TryGetValue(demo.Editor, out var editor)
                || channels.FirstOrDefault(c => c.SiteId == site.Id && c.Code == demo.Channel) is not { } channel)
            {
                continue;
            }

            var article = Add(demo, site, channel, editor, now.AddDays(-demo.DaysAgo));
            if (article.Status == ArticleStatus.Published)
            {
                _db.Add(new ConfidentialityReview
                {
                    Id = Guid.NewGuid(),
                    ArticleId = article.Id,
                    RevisionNumber = 1,
                    ReviewerId = reviewer.Id,
                    ReviewerName = reviewer.DisplayName,
                    ReviewedAt = article.PublishedAt!.Value.AddMinutes(-30),
                    Passed = true,
                    Opinion = "经审查，未发现涉密信息，同意公开。",
                });
                services.GetRequiredService<ISearchFeed>().Upsert(ArticleSearchDocuments.From(article, site, channel));
                await PushAsync(demo, article, sites, channels, editor.Id);
                if (demo.WithPdf)
                {
                    await AttachPdfAsync(article, editor.Id, cancellationToken);
                }
            }
        }

        foreach (var site in sites.Values)
        {
            site.HomeUpdatedAt = now;
        }

        await _db.SaveChangesAsync(cancellationToken);
    }

    private Article Add(DemoArticle demo, Site site, Channel channel, (Guid Id, string DisplayName) editor, DateTime at)
    {
        var published = demo.Status == ArticleStatus.Published;
        var article = new Article
        {
            Id = Guid.CreateVersion7(at),
            SiteId = site.Id,
            ChannelId = channel.Id,
            Type = demo.Type,
            Title = demo.Title,
            Subtitle = demo.Subtitle,
            Source = demo.Source ?? site.Name,
            Keywords = demo.Keywords,
            BodyHtml = demo.BodyHtml,
            DocumentNumber = demo.DocumentNumber?.Replace("{Y}", ChinaTime.DateOf(at).Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            Validity = demo.Validity,
            ValidityNote = demo.ValidityNote,
            InterpretsId = demo.Interprets is { } key && _byKey.TryGetValue(key, out var policy) ? policy.Id : null,
            Status = demo.Status,
            RevisionNumber = 1,
            CreatedAt = at.AddHours(-2),
            CreatedBy = editor.Id,
            UpdatedAt = at,
            PublishedAt = published ? at : null,
            IsDemo = true,
            Version = 1,
        };
        _byKey[demo.Key] = article;
        _db.Add(article);
        _db.Add(new ArticleRevision
        {
            Id = Guid.NewGuid(),
            ArticleId = article.Id,
            Number = 1,
            Title = article.Title,
            Subtitle = article.Subtitle,
            BodyHtml = article.BodyHtml,
            Keywords = article.Keywords,
            EditedAt = article.CreatedAt,
            EditedBy = editor.Id,
            EditedByName = editor.DisplayName,
        });
        foreach (var (from, to, action) in DemoTransitions.To(demo.Status))
        {
            _db.Add(new ArticleTransition { Id = Guid.NewGuid(), ArticleId = article.Id, From = from, To = to, Action = action, UserId = editor.Id, UserName = editor.DisplayName, At = at.AddMinutes(-60) });
        }

        return article;
    }

    private Task PushAsync(DemoArticle demo, Article article, Dictionary<string, Site> sites, List<Channel> channels, Guid editorId)
    {
        if (demo.PushToPortalChannel is { } target && sites.TryGetValue(Sites.PortalUrls.PortalCode, out var portal)
            && channels.FirstOrDefault(c => c.SiteId == portal.Id && c.Code == target) is { } channel)
        {
            _db.Add(new ArticleReference
            {
                Id = Guid.NewGuid(),
                ArticleId = article.Id,
                TargetSiteId = portal.Id,
                TargetChannelId = channel.Id,
                Status = ReferenceStatus.Accepted,
                PushedBy = editorId,
                PushedAt = article.PublishedAt!.Value,
                DecidedBy = editorId,
                DecidedAt = article.PublishedAt.Value.AddHours(1),
            });
        }

        return Task.CompletedTask;
    }

    private async Task AttachPdfAsync(Article article, Guid editorId, CancellationToken cancellationToken)
    {
        var bytes = DemoPdf.Create(["Xiling District People's Government", $"Document {article.Id:N}", "DEMO DOCUMENT - written for the demo only."]);
        using var content = new MemoryStream(bytes);
        var owner = new AttachmentOwner("portal", article.Id.ToString()) { UploadedBy = editorId, IsPublic = true };
        var saved = await services.GetRequiredService<IAttachmentStore>().SaveAsync(content, $"{article.Title}.pdf", "application/pdf", owner, cancellationToken);
        if (saved.IsSuccess)
        {
            _db.Add(new ArticleAttachment { Id = Guid.NewGuid(), ArticleId = article.Id, AttachmentId = saved.Value.Id, Title = $"{article.Title}（PDF）", SortOrder = 1 });
        }
    }
}
