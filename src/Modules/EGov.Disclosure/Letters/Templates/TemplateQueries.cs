using EGov.Disclosure.Domain.Letters;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Letters.Templates;

/// <summary>Reads an owner's templates for the editing pages and the API.</summary>
internal sealed class TemplateQueries(EGovDbContext db, TemplateAgencies owners, LetterTemplateSource source)
{
    public async Task<Result<IReadOnlyList<TemplateLine>>> ListAsync(string? agencyCode, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(agencyCode))
        {
            return LetterErrors.AgencyRequired((await owners.ListAsync(cancellationToken)).Select(o => o.Code));
        }

        if (await owners.FindAsync(agencyCode, cancellationToken) is not { } owner)
        {
            return LetterErrors.AgencyNotFound;
        }

        var rows = await db.Set<LetterTemplate>().AsNoTracking()
            .Where(t => t.AgencyId == owner.AgencyId || t.AgencyId == null)
            .Select(t => new { t.AgencyId, t.Kind })
            .ToListAsync(cancellationToken);
        return LetterKinds.All.Select(k =>
        {
            var origin = rows.Any(r => r.Kind == k.Key && r.AgencyId == owner.AgencyId) ? (owner.AgencyId is null ? TemplateOrigin.District : TemplateOrigin.Agency)
                : rows.Any(r => r.Kind == k.Key && r.AgencyId == null) ? TemplateOrigin.District
                : TemplateOrigin.BuiltIn;
            var customized = origin != TemplateOrigin.BuiltIn && (owner.AgencyId is null || origin == TemplateOrigin.Agency);
            return new TemplateLine(k.Key, k.Name, TemplateOrigins.Name(origin), customized);
        }).ToList();
    }

    public async Task<Result<TemplateDetail>> DetailAsync(string? agencyCode, string? kind, CancellationToken cancellationToken = default)
    {
        if (await owners.FindAsync(agencyCode, cancellationToken) is not { } owner)
        {
            return LetterErrors.AgencyNotFound;
        }

        if (LetterKinds.Find(kind ?? "") is not { } info)
        {
            return LetterErrors.UnknownKind;
        }

        var own = await db.Set<LetterTemplate>().AsNoTracking().SingleOrDefaultAsync(t => t.AgencyId == owner.AgencyId && t.Kind == info.Key, cancellationToken);
        var (text, origin) = own is not null
            ? (new LetterText(own.Title, own.Body), owner.AgencyId is null ? TemplateOrigin.District : TemplateOrigin.Agency)
            : owner.AgencyId is { } agencyId ? await source.ResolveAsync(agencyId, info, cancellationToken) : (BuiltInLetters.For(info), TemplateOrigin.BuiltIn);
        return new TemplateDetail(owner.Code, owner.Name, info.Key, info.Name, text.Title, text.Body, TemplateOrigins.Name(origin), own is not null, own?.Version ?? 0, info.Allowed, info.Required);
    }
}
