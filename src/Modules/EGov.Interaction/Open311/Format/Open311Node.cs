namespace EGov.Interaction.Open311.Format;

/// <summary>
/// One GeoReport v2 record: named fields in the specification's order. A value is a string, bool, int, double, null,
/// or an <see cref="Open311List"/>; the writers map it to XML elements and to JSON by the Spark convention the
/// specification names (a list element holds repeated item elements in XML and becomes an array in JSON).
/// </summary>
internal sealed class Open311Record
{
    private readonly List<KeyValuePair<string, object?>> _fields = [];

    public IReadOnlyList<KeyValuePair<string, object?>> Fields => _fields;

    public Open311Record Add(string name, object? value)
    {
        _fields.Add(new(name, value));
        return this;
    }
}

/// <param name="ItemName">The XML element of each item (<c>endpoint</c>, <c>format</c>, <c>attribute</c>…).</param>
/// <param name="Items"><see cref="Open311Record"/>s or strings.</param>
internal sealed record Open311List(string ItemName, IReadOnlyList<object> Items);

/// <summary>A whole response: a list under a root (<c>services/service</c>) or one record as the root (<c>discovery</c>).</summary>
internal sealed record Open311Document(string RootName, Open311Record? Single, Open311List? Many)
{
    public static Open311Document Of(string rootName, Open311Record record) => new(rootName, record, null);

    public static Open311Document ListOf(string rootName, string itemName, IEnumerable<Open311Record> records)
        => new(rootName, null, new Open311List(itemName, records.ToList<object>()));
}
