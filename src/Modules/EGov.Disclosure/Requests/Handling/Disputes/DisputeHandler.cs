using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Disputes;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Handling.Disputes;

/// <summary>Records and updates the administrative reviews and lawsuits about a request, with their results (table 四).</summary>
internal sealed class DisputeHandler(EGovDbContext db, RequestAccess access, RequestJournal journal, TimeProvider time)
{
    public async Task<Result<Guid>> AddAsync(Guid requestId, DisputeInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await access.FindAsync(requestId, DisclosurePermissions.Handle, cancellationToken);
        if (request is null)
        {
            return HandlingErrors.NotFound;
        }

        if (Check(input) is { } invalid)
        {
            return invalid;
        }

        var dispute = new DisclosureDispute { RequestId = requestId, AgencyId = request.AgencyId, HandlingDepartmentId = request.HandlingDepartmentId };
        Apply(dispute, input);
        db.Add(dispute);
        journal.Record(request, "dispute_recorded", $"登记{DisclosureNames.Of(dispute.Kind)}", dispute.FiledOn, user, null, Describe(dispute));
        return await SaveAsync(cancellationToken) is { IsSuccess: false } failed ? failed.Error! : dispute.Id;
    }

    public async Task<Result> UpdateAsync(Guid requestId, Guid disputeId, DisputeInput input, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await access.FindAsync(requestId, DisclosurePermissions.Handle, cancellationToken);
        var dispute = request is null ? null : await db.Set<DisclosureDispute>().SingleOrDefaultAsync(d => d.Id == disputeId && d.RequestId == requestId, cancellationToken);
        if (request is null || dispute is null)
        {
            return HandlingErrors.NotFound;
        }

        if (version is { } seen && seen != dispute.Version)
        {
            return HandlingErrors.ChangedMeanwhile;
        }

        if (Check(input) is { } invalid)
        {
            return invalid;
        }

        Apply(dispute, input);
        dispute.Version++;
        journal.Record(request, "dispute_updated", $"更新{DisclosureNames.Of(dispute.Kind)}情况", ChinaTimeToday(), user, null, Describe(dispute));
        return await SaveAsync(cancellationToken);
    }

    private Error? Check(DisputeInput input) => input switch
    {
        { Kind: null } => HandlingErrors.Required("Kind", "类别（行政复议或行政诉讼）"),
        _ when string.IsNullOrWhiteSpace(input.Authority) => HandlingErrors.Required("Authority", "复议机关或人民法院"),
        { FiledOn: null } => HandlingErrors.Required("FiledOn", "申请复议或起诉的日期"),
        { FiledOn: { } filed } when filed > ChinaTimeToday() => HandlingErrors.FutureDate("FiledOn"),
        { Result: not (null or DisputeResult.Pending), DecidedOn: null } => HandlingErrors.Required("DecidedOn", "审结日期"),
        { DecidedOn: { } decided } when decided < input.FiledOn => HandlingErrors.DateBefore("DecidedOn", input.FiledOn!.Value, "申请复议或起诉的日期"),
        { DecidedOn: { } decided } when decided > ChinaTimeToday() => HandlingErrors.FutureDate("DecidedOn"),
        _ => null,
    };

    private static void Apply(DisclosureDispute dispute, DisputeInput input)
    {
        dispute.Kind = input.Kind!.Value;
        dispute.Authority = input.Authority!.Trim();
        dispute.CaseNumber = string.IsNullOrWhiteSpace(input.CaseNumber) ? null : input.CaseNumber.Trim();
        dispute.FiledOn = input.FiledOn!.Value;
        dispute.Result = input.Result ?? DisputeResult.Pending;
        dispute.DecidedOn = dispute.Result == DisputeResult.Pending ? null : input.DecidedOn;
        dispute.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
    }

    private static string Describe(DisclosureDispute d) => $"{d.Authority} {d.CaseNumber} {DisclosureNames.Of(d.Result)}".Trim();

    private DateOnly ChinaTimeToday() => Platform.Time.ChinaTime.Today(time);

    private async Task<Result> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return HandlingErrors.ChangedMeanwhile;
        }
    }
}
