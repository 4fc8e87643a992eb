using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EGov.Platform.Data;

/// <summary>A table's quoted name and column names as the EF model maps them, for hand-written set-based SQL.</summary>
public sealed class SqlTable
{
    private readonly IEntityType _entity;
    private readonly StoreObjectIdentifier _store;

    private SqlTable(IEntityType entity)
    {
        _entity = entity;
        _store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        Name = entity.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(entity.GetTableName()!)}" : Quote(entity.GetTableName()!);
    }

    public string Name { get; }

    /// <summary>The quoted column of <paramref name="property"/>.</summary>
    public string this[string property] => Quote(_entity.FindProperty(property)!.GetColumnName(_store)!);

    public static SqlTable Of<T>(DbContext db) => new(db.Model.FindEntityType(typeof(T))!);

    private static string Quote(string name) => $"\"{name}\"";
}
