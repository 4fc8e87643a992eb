namespace EGov.Platform.Organization.Scope;

/// <summary>The departments whose records a user may see for one permission: the whole district, or a finite set.</summary>
public sealed class DepartmentSet
{
    private DepartmentSet(bool wholeDistrict, IReadOnlySet<Guid> ids)
    {
        IsWholeDistrict = wholeDistrict;
        Ids = ids;
    }

    public static DepartmentSet WholeDistrict { get; } = new(true, new HashSet<Guid>());
    public static DepartmentSet None { get; } = new(false, new HashSet<Guid>());

    public static DepartmentSet Of(IEnumerable<Guid> ids) => new(false, ids.ToHashSet());

    public bool IsWholeDistrict { get; }

    /// <summary>The departments in scope; empty when <see cref="IsWholeDistrict"/>.</summary>
    public IReadOnlySet<Guid> Ids { get; }

    public bool IsEmpty => !IsWholeDistrict && Ids.Count == 0;

    public bool Contains(Guid departmentId) => IsWholeDistrict || Ids.Contains(departmentId);
}
