using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EGov.Platform.Data;

/// <summary>Instants are stored in UTC; SQLite hands them back without a kind, so the kind is restored on read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
