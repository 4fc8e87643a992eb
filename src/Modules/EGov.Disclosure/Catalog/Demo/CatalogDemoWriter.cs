using EGov.Disclosure.Agencies;
using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Catalog.Search;
using EGov.Disclosure.Catalog.Workflow;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Audit;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Numbering;
using EGov.Platform.Time;
using EGov.Portal.Contracts.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EGov.Disclosure.Catalog.Demo;

/// <summary>
/// DEMO DATA: writes one demo item as the workflow would have: index number, a 第二十六条 clock started on its
/// generation date and stopped on its publication date, the passed 保密审查, the search document.
/// </summary>
internal sealed class CatalogDemoWriter(IServiceProvider services, Guid author, Guid reviewer)
{
    private readonly EGovDbContext _db = services.GetRequiredService<EGovDbContext>();

    public async Task WriteAsync(DemoCatalogItem demo, CancellationToken cancellationToken)
    {
        var agency = await services.GetRequiredService<AgencyDirectory>().FindByCodeAsync(demo.Agency, cancellationToken)
            ?? throw new InvalidOperationException($"演示数据缺少单位 {demo.Agency}。");
        var category = await _db.Set<CatalogCategory>().SingleAsync(c => c.Code == demo.Category, cancellationToken);
        var created = ChinaTime.StartOfDay(demo.GeneratedOn).AddHours(10);
        var item = new CatalogItem
        {
            AgencyId = agency.DepartmentId,
            OfficeDepartmentId = agency.OfficeDepartmentId,
            Title = demo.Title,
            Summary = demo.Summary,
            Body = $"{demo.Summary}\n\n{demo.Title}全文以附件或正式文件为准。如有疑问，请在工作日咨询{agency.Settings.OfficeName}，电话 {agency.Settings.Phone}。",
            GeneratedOn = demo.GeneratedOn,
            DocumentNumber = demo.DocumentNumber,
            PublishingAgency = agency.Name,
            Attribute = demo.Attribute,
            NonDisclosureGround = demo.Ground,
            AttributeReason = demo.AttributeReason,
            RegulatoryKind = demo.RegulatoryKind,
            CategoryId = category.Id,
            Subject = demo.Subject,
            Genre = demo.Genre,
            Keywords = demo.Keywords,
            Status = demo.Status,
            CreatedBy = author,
            CreatedAt = created,
            UpdatedAt = created,
            IsDemo = true,
            Version = 1,
            Validity = demo.RepealedOn is null ? InformationValidity.Valid : InformationValidity.Repealed,
            ValidityChangedOn = demo.RepealedOn,
        };
        if (demo.Attribute == DisclosureAttribute.Proactive)
        {
            // A published item's clock ran in the past; an open one is judged against today.
            var startedAt = demo.Status == CatalogItemStatus.Published ? created : services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var start = new ClockStart(DisclosureClocks.Module, DisclosureClocks.Proactive, item.Id.ToString(), $"主动公开：{item.Title}", item.GeneratedOn,
                ClockLimit.WorkingDays(DisclosureLimits.ProactivePublication))
            { DepartmentId = item.OfficeDepartmentId, Item = "主动公开" };
            item.ClockId = ClockAt(startedAt).Start(start).Value.Id;
        }

        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        item.IndexNumber = await services.GetRequiredService<INumberingService>().NextFormattedAsync(
            IndexNumbers.SequenceKey(agency.DepartmentId, item.GeneratedOn), agency.Settings.IndexNumberFormat, IndexNumbers.Values(agency.Settings.IndexCode, item.GeneratedOn), cancellationToken);
        FollowStatus(item, agency.Name);
        _db.Add(item);
        await _db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private void FollowStatus(CatalogItem item, string agencyName)
    {
        var inbox = services.GetRequiredService<CatalogInbox>();
        if (item.Status == CatalogItemStatus.InReview)
        {
            inbox.AskForReview(item);
            return;
        }

        if (item.Status != CatalogItemStatus.Published)
        {
            return;
        }

        var calendar = services.GetRequiredService<WorkingDayCalendar>();
        var published = ChinaTime.StartOfDay(calendar.AddWorkingDays(item.GeneratedOn, 3).Value.Date).AddHours(10);
        _db.Add(new CatalogReview
        {
            ItemId = item.Id,
            ItemVersion = item.Version,
            ReviewerId = reviewer,
            ReviewerName = "邓伟",
            ReviewedAt = published.AddHours(-1),
            Passed = true,
            Opinion = "经审查不涉及国家秘密等不予公开的内容，同意公开。",
        });
        if (item.ClockId is { } clockId)
        {
            var clock = _db.ChangeTracker.Entries<StatutoryClock>().Single(e => e.Entity.Id == clockId).Entity;
            ClockAt(published).Stop(clock, ProactiveClock.Published);
        }

        (item.PublishedAt, item.UpdatedAt) = (published, published);
        services.GetRequiredService<ISearchFeed>().Upsert(CatalogSearchDocuments.From(item, agencyName));
    }

    private ClockService ClockAt(DateTime utc)
        => new(_db, services.GetRequiredService<WorkingDayCalendar>(), services.GetRequiredService<IAuditLog>(), new FixedTime(utc), services.GetRequiredService<IOptions<ClockOptions>>());
}
