using EGov.Interaction.Letters.Handling.Publication;
using EGov.Interaction.Moderation;
using EGov.Platform.Audit;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Inbox;
using EGov.Platform.Notifications;
using EGov.Platform.Organization;
using EGov.Portal.Contracts.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EGov.Interaction.Letters.Handling.Demo;

/// <summary>The module's own services, built on <see cref="DemoTime"/> so that demo letters get past clocks and history.</summary>
internal sealed class DemoHandling
{
    public DemoHandling(IServiceProvider services, DemoTime time)
    {
        Time = time;
        Db = services.GetRequiredService<EGovDbContext>();
        var audit = services.GetRequiredService<IAuditLog>();
        var clockService = new ClockService(Db, services.GetRequiredService<WorkingDayCalendar>(), audit, time, services.GetRequiredService<IOptions<ClockOptions>>());
        var options = services.GetRequiredService<IOptions<InteractionOptions>>();
        Clocks = new LetterClocks(clockService, Db, options);
        Journal = new LetterJournal(Db, audit, services.GetRequiredService<INotifier>(), time);
        var inbox = services.GetRequiredService<IWorkItems>();
        Routing = new LetterRouting(Clocks, Journal, inbox, services.GetRequiredService<IOrganizationDirectory>(), time);
        Work = new LetterWork(inbox, Clocks);
        Publisher = new LetterPublisher(services.GetRequiredService<SensitiveWordFilter>(), services.GetRequiredService<ISearchFeed>(), time);
    }

    public DemoTime Time { get; }
    public EGovDbContext Db { get; }
    public LetterClocks Clocks { get; }
    public LetterJournal Journal { get; }
    public LetterRouting Routing { get; }
    public LetterWork Work { get; }
    public LetterPublisher Publisher { get; }
}
