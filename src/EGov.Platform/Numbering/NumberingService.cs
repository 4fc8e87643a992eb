using EGov.Platform.Data;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Numbering;

/// <summary>
/// An atomic <c>UPDATE … RETURNING</c> in the caller's transaction: the row lock (PostgreSQL) or the write lock
/// (SQLite, whose transactions from Microsoft.Data.Sqlite begin IMMEDIATE and wait out SQLITE_BUSY up to the
/// connection's Default Timeout) serializes concurrent callers until commit, and a rollback undoes the increment.
/// </summary>
internal sealed class NumberingService(EGovDbContext db, NumberFormats formats, TimeProvider time) : INumberingService
{
    public async Task<long> NextAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("取号必须在业务事务中进行：先调用 db.Database.BeginTransactionAsync()，事务提交后号码才算用掉。");
        }

        if (await IncrementAsync(key, cancellationToken) is { } next)
        {
            return next;
        }

        // A new key: a concurrent creator makes this wait for its commit and then do nothing.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO plat_sequences ("Key", "LastValue", "Version") VALUES ({key}, 0, 0) ON CONFLICT ("Key") DO NOTHING""",
            cancellationToken);
        return await IncrementAsync(key, cancellationToken)
            ?? throw new InvalidOperationException($"编号序列“{key}”无法创建。");
    }

    public async Task<string> NextFormattedAsync(string key, NumberValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var format = formats.For(key);
        var number = await NextAsync(key, cancellationToken);
        return format.Render(number, values, ChinaTime.Today(time));
    }

    public async Task<string> NextFormattedAsync(string key, string pattern, NumberValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var format = NumberFormat.Parse(pattern);
        var number = await NextAsync(key, cancellationToken);
        return format.Render(number, values, ChinaTime.Today(time));
    }

    public string? ValidatePattern(string pattern)
    {
        try
        {
            NumberFormat.Parse(pattern);
            return pattern.Contains("{n", StringComparison.Ordinal) ? null : $"编号格式“{pattern}”缺少序号 {{n}} 或 {{n:5}}。";
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private async Task<long?> IncrementAsync(string key, CancellationToken cancellationToken)
    {
        var values = await db.Database.SqlQuery<long>(
            $"""UPDATE plat_sequences SET "LastValue" = "LastValue" + 1, "Version" = "Version" + 1 WHERE "Key" = {key} RETURNING "LastValue" AS "Value" """)
            .ToListAsync(cancellationToken);
        return values.Count == 0 ? null : values[0];
    }
}
