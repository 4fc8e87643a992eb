namespace EGov.Platform.Numbering;

/// <summary>
/// Gap-free, concurrency-safe sequences per key (发文字号 per agency code and year, 受理编号, 索引号).
/// </summary>
/// <remarks>
/// A number is taken inside the caller's open transaction on the scoped <c>EGovDbContext</c>
/// (<c>await db.Database.BeginTransactionAsync()</c> before, <c>CommitAsync</c> after saving the case):
/// the sequence row stays locked until that transaction ends, so concurrent callers queue up, and a rollback
/// gives the number back. Calling without an open transaction is a bug and throws.
/// Use the default isolation level (READ COMMITTED on PostgreSQL).
/// </remarks>
public interface INumberingService
{
    /// <summary>The next value of the sequence <paramref name="key"/> (1 for a new key).</summary>
    Task<long> NextAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// The next value rendered with the format configured for the longest matching key prefix
    /// (<c>Numbering:Formats</c>), e.g. <c>西政发〔2026〕12号</c>.
    /// </summary>
    Task<string> NextFormattedAsync(string key, NumberValues values, CancellationToken cancellationToken = default);

    /// <summary>
    /// The next value rendered with <paramref name="pattern"/> instead of the configured format, for formats that
    /// people edit per agency (e.g. the 索引号 format of each disclosure agency). Fails with
    /// <see cref="FormatException"/> before taking a number when the pattern is invalid.
    /// </summary>
    Task<string> NextFormattedAsync(string key, string pattern, NumberValues values, CancellationToken cancellationToken = default);

    /// <summary>Checks a pattern without taking a number; returns the Chinese reason when it is invalid.</summary>
    string? ValidatePattern(string pattern);
}

/// <summary>Values for the tokens of a number format; missing year and date default to today in China.</summary>
/// <param name="Code">The <c>{code}</c> token, e.g. the 机关代字 <c>西政发</c>.</param>
public sealed record NumberValues(string? Code = null, int? Year = null, DateOnly? Date = null);
