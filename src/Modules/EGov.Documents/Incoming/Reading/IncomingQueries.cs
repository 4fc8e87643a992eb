using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Incoming.Reading;

/// <summary>The 收文 lists (by tab, paged) and one document with what the reader may do, within the reader's view.</summary>
internal sealed class IncomingQueries(EGovDbContext db, IncomingAccess access, IOrganizationDirectory organization)
{
    public const int PageSize = 20;
    public const int ExportLimit = 5000;

    public async Task<IncomingPage> ListAsync(ClaimsPrincipal user, IncomingTab tab, int page, CancellationToken cancellationToken, int pageSize = PageSize)
    {
        page = Math.Max(1, page);
        var visible = await access.VisibleAsync(user, cancellationToken);
        IQueryable<IncomingDocument> query;
        if (tab == IncomingTab.ToRead)
        {
            var me = user.AccountId() ?? Guid.Empty;
            var unread = db.Set<Circulation>().Where(c => c.ReaderId == me && c.ReadAt == null).Select(c => c.DocumentId);
            query = visible.Where(d => unread.Contains(d.Id));
        }
        else
        {
            var states = IncomingTabs.States(tab);
            query = visible.Where(d => states.Contains(d.State));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.DeliveredAt).ThenBy(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(d => new IncomingRow(d.Id, d.IncomingNumber, d.DocumentNumber, d.Title, d.SenderAgency, d.Type, d.Urgency, d.Secrecy,
                d.Channel, d.RecipientRole, d.State, d.DepartmentId, d.DeliveredAt, d.ReceivedAt, d.DueDate))
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(cancellationToken);
        return new IncomingPage([.. rows.Select(r => r with { DepartmentName = names.GetValueOrDefault(r.DepartmentId, "") })], total, page, pageSize);
    }

    public async Task<IncomingDetail?> DetailAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var visible = await access.VisibleAsync(user, cancellationToken);
        if (await visible.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } document)
        {
            return null;
        }

        var steps = await db.Set<IncomingStep>().AsNoTracking().Where(s => s.DocumentId == id).OrderBy(s => s.At).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var circulations = await db.Set<Circulation>().AsNoTracking().Where(c => c.DocumentId == id).OrderBy(c => c.SentAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var assisting = await db.Set<AssistingUnit>().AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var names = await NamesAsync(cancellationToken);
        var me = user.AccountId();
        var mine = circulations.FirstOrDefault(c => c.ReaderId == me);
        var actions = await ActionsAsync(document, assisting, mine, user, cancellationToken);
        return new IncomingDetail(
            document, names.GetValueOrDefault(document.DepartmentId, ""), document.LeadDepartmentId is { } lead ? names.GetValueOrDefault(lead, "") : null,
            steps, circulations, [.. assisting.Select(a => new AssistingView(a.DepartmentId, names.GetValueOrDefault(a.DepartmentId, ""), a.Opinion, a.OpinionAt, a.OpinionByName))],
            actions)
        { Mine = mine };
    }

    private async Task<IncomingActions> ActionsAsync(IncomingDocument d, List<AssistingUnit> assisting, Circulation? mine, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var receive = await access.MayAsync(DocumentsPermissions.Receive, d.DepartmentId, cancellationToken);
        var instruct = await access.MayAsync(DocumentsPermissions.Instruct, d.DepartmentId, cancellationToken);
        var leads = await access.MayAsync(DocumentsPermissions.Handle, d.LeadDepartmentId, cancellationToken);
        var myUnit = user.DepartmentId();
        var assists = assisting.Any(a => a.DepartmentId == myUnit && a.Opinion is null) && await access.MayAsync(DocumentsPermissions.Handle, myUnit, cancellationToken);
        bool May(string step) => IncomingFlow.Allows(d.State, step);
        return new IncomingActions(
            Receive: receive && May(IncomingSteps.Received),
            Register: receive && May(IncomingSteps.Registered),
            Check: receive && May(IncomingSteps.Checked),
            Propose: receive && May(IncomingSteps.Proposed),
            Instruct: instruct && May(IncomingSteps.Instructed),
            Opinion: assists && May(IncomingSteps.Opinion),
            Remind: receive && May(IncomingSteps.Reminded),
            Conclude: May(IncomingSteps.Concluded) && (d.State == IncomingState.Handling ? leads : receive),
            Archive: receive && May(IncomingSteps.Archived),
            Circulate: (receive || instruct) && May(IncomingSteps.Circulated),
            Read: mine is { ReadAt: null });
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(CancellationToken cancellationToken)
        => (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
}
