using System.Text.Json;
using EGov.Disclosure.Domain.Letters;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Letters.Templates;

/// <summary>Saves an owner's own text of a letter kind, or removes it so the district's or the built-in text applies again.</summary>
internal sealed class SaveTemplateHandler(EGovDbContext db, TemplateAgencies owners, IAuditLog audit, TimeProvider time, IHttpContextAccessor http)
{
    public async Task<Result<long>> SaveAsync(string? agencyCode, string? kind, TemplateFields fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var found = await FindAsync(agencyCode, kind, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (owner, info, row) = found.Value;
        if ((row?.Version ?? 0) != fields.Version)
        {
            return LetterErrors.Stale;
        }

        var check = LetterTemplateRules.Check(info, fields.Title, fields.Body);
        if (!check.IsSuccess)
        {
            return check.Error!;
        }

        if (row is null)
        {
            row = new LetterTemplate { AgencyId = owner.AgencyId, Kind = info.Key };
            db.Add(row);
        }
        else
        {
            db.Entry(row).Property(t => t.Version).OriginalValue = fields.Version;
        }

        row.Title = fields.Title!.Trim();
        row.Body = fields.Body!.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        row.Version = fields.Version + 1;
        Stamp(row);
        Audit("disclosure.letter_template.saved", owner, info, row);
        return await CommitAsync(row.Version, cancellationToken);
    }

    public async Task<Result<long>> ResetAsync(string? agencyCode, string? kind, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(agencyCode, kind, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (owner, info, row) = found.Value;
        if (row is not null)
        {
            db.Remove(row);
            Audit("disclosure.letter_template.reset", owner, info, row);
        }

        return await CommitAsync(0, cancellationToken);
    }

    private async Task<Result<(TemplateOwner Owner, LetterKindInfo Info, LetterTemplate? Row)>> FindAsync(string? agencyCode, string? kind, CancellationToken cancellationToken)
    {
        if (await owners.FindAsync(agencyCode, cancellationToken) is not { } owner)
        {
            return LetterErrors.AgencyNotFound;
        }

        if (LetterKinds.Find(kind ?? "") is not { } info)
        {
            return LetterErrors.UnknownKind;
        }

        var row = await db.Set<LetterTemplate>().SingleOrDefaultAsync(t => t.AgencyId == owner.AgencyId && t.Kind == info.Key, cancellationToken);
        return (owner, info, row);
    }

    private void Stamp(LetterTemplate row)
    {
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        row.UpdatedBy = http.HttpContext?.User.AccountId();
    }

    private void Audit(string action, TemplateOwner owner, LetterKindInfo info, LetterTemplate row)
        => audit.Record(new AuditRecord(action, nameof(LetterTemplate), row.Id.ToString(), AuditOutcome.Success, JsonSerializer.Serialize(new { agency = owner.Code, kind = info.Key, row.Title })));

    private async Task<Result<long>> CommitAsync(long version, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return version;
        }
        catch (DbUpdateException)
        {
            // A concurrent editor saved first: a changed version, or a second insert hitting the unique (agency, kind).
            return LetterErrors.Stale;
        }
    }
}
