namespace EGov.Platform.Clocks;

/// <summary>Every registered <see cref="ClockType"/>; a clock of an unregistered type is shown with its raw codes.</summary>
public sealed class ClockTypes(IEnumerable<ClockType> types)
{
    private readonly Dictionary<(string Module, string CaseType), ClockType> _types = types.ToDictionary(t => (t.Module, t.CaseType));

    public IReadOnlyCollection<ClockType> All => _types.Values;

    public ClockType? Find(string module, string caseType) => _types.GetValueOrDefault((module, caseType));

    public IEnumerable<ClockType> OfKind(LimitKind kind) => _types.Values.Where(t => t.Kind == kind);
}
