namespace EGov.Disclosure.Catalog.Categories;

/// <summary>What a manager types for a category; <paramref name="Version"/> is the one read, for edits.</summary>
internal sealed record CategoryFields(string? Name, string? Description, string? LegalBasis, int? SortOrder = null, long Version = 0);

/// <summary>A category as lists and the API show it.</summary>
internal sealed record CategoryView(Guid Id, string Code, string Name, string Description, string LegalBasis, int SortOrder, bool IsActive, long Version);
