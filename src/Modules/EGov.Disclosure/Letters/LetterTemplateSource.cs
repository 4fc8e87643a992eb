using EGov.Disclosure.Domain.Letters;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Letters;

/// <summary>Where a template's text came from.</summary>
internal enum TemplateOrigin
{
    BuiltIn,
    District,
    Agency,
}

/// <summary>Finds the text of a letter kind for an agency: its own template, else the district's, else the built-in one.</summary>
internal sealed class LetterTemplateSource(EGovDbContext db)
{
    public async Task<(LetterText Text, TemplateOrigin Origin)> ResolveAsync(Guid agencyId, LetterKindInfo kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var rows = await db.Set<LetterTemplate>().AsNoTracking()
            .Where(t => t.Kind == kind.Key && (t.AgencyId == agencyId || t.AgencyId == null))
            .ToListAsync(cancellationToken);
        if (rows.FirstOrDefault(t => t.AgencyId == agencyId) is { } own)
        {
            return (new LetterText(own.Title, own.Body), TemplateOrigin.Agency);
        }

        return rows.FirstOrDefault(t => t.AgencyId is null) is { } district
            ? (new LetterText(district.Title, district.Body), TemplateOrigin.District)
            : (BuiltInLetters.For(kind), TemplateOrigin.BuiltIn);
    }
}
