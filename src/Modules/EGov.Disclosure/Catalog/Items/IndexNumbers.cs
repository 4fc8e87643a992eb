using EGov.Platform.Numbering;

namespace EGov.Disclosure.Catalog.Items;

/// <summary>
/// 索引号: one sequence per agency and year of generation, rendered with the agency's format (default
/// <c>{code}/{year}-{n:5}</c>, disclosure.md §1.2); the unique index on the column backs it up.
/// </summary>
internal static class IndexNumbers
{
    public static string SequenceKey(Guid agencyDepartmentId, DateOnly generatedOn) => $"disclosure.index:{agencyDepartmentId}:{generatedOn.Year}";

    public static NumberValues Values(string indexCode, DateOnly generatedOn) => new(indexCode, generatedOn.Year, generatedOn);
}
