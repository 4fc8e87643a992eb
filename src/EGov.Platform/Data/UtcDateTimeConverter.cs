using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EGov.Platform.Data;

/// <summary>Stores instants as UTC and marks them <see cref="DateTimeKind.Utc"/> on read (SQLite keeps no kind).</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
