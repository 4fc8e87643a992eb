using System.Runtime.CompilerServices;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Portal.Contracts.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Publication;

/// <summary>The published letters, for <c>search rebuild</c> (publishing and withdrawal feed the index as they happen).</summary>
internal sealed class LetterSearchSource(EGovDbContext db, IOrganizationDirectory organization) : ISearchSource
{
    public string Name => SearchTypes.Letter;

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var names = (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        var letters = db.Set<Letter>().AsNoTracking().Where(l => l.IsPublished).OrderBy(l => l.Id).AsAsyncEnumerable();
        await foreach (var letter in letters.WithCancellation(cancellationToken))
        {
            var department = letter.ReplyingDepartmentName
                ?? (letter.HandlingDepartmentId is { } id ? names.GetValueOrDefault(id, "") : "");
            yield return LetterSearchDocument.Of(letter, department);
        }
    }
}
