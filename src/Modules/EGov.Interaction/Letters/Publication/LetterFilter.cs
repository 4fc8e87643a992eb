using EGov.Interaction.Domain.Letters;
using EGov.Platform.Results;

namespace EGov.Interaction.Letters.Publication;

/// <summary>The filter of the published letters as it arrives: department code, kind (<c>consultation</c>…), page.</summary>
internal sealed record LetterFilter(string? Department, string? Kind, int? Page = null)
{
    public const int MaxPage = 1000;

    public Result<(string? Department, LetterKind? Kind, int Page)> Check()
    {
        var errors = new Dictionary<string, string[]>();
        LetterKind? kind = null;
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            if (Enum.TryParse<LetterKind>(Kind.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(Kind, out _))
            {
                kind = parsed;
            }
            else
            {
                errors["kind"] = ["没有这种信件类型（可选 consultation、complaint、suggestion、helprequest、report）。"];
            }
        }

        if (Page is < 1 or > MaxPage)
        {
            errors["page"] = [$"页码应为 1 到 {MaxPage} 之间的整数。"];
        }

        if (errors.Count > 0)
        {
            return new Error("interaction.letters_filter_invalid", string.Join(" ", errors.Values.SelectMany(v => v))) { Fields = errors };
        }

        return (string.IsNullOrWhiteSpace(Department) ? null : Department.Trim(), kind, Page ?? 1);
    }
}
