using System.Text.Json.Serialization;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Intake.Tracking;

internal sealed record MyApplicationLine(
    Guid Id,
    string Number,
    string ItemName,
    DateTime SubmittedAt,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ApplicationState>))] ApplicationState State,
    string StateName,
    string ChannelName);

/// <summary>我的办件: the applications of a citizen's or enterprise's account, newest first.</summary>
internal sealed class MyApplications(EGovDbContext db)
{
    public async Task<IReadOnlyList<MyApplicationLine>> ListAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Application>().AsNoTracking().Where(a => a.AccountId == accountId).OrderByDescending(a => a.SubmittedAt)
            .Select(a => new { a.Id, a.Number, a.ItemName, a.SubmittedAt, a.State, a.Channel }).Take(500).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MyApplicationLine(r.Id, r.Number, r.ItemName, r.SubmittedAt, r.State, ApprovalsNames.Of(r.State), ApprovalsNames.Of(r.Channel)))];
    }
}
