using EGov.Portal.Contracts.Search;
using Microsoft.Data.Sqlite;

namespace EGov.Bench.Search;

/// <summary>
/// BASELINE: SQLite FTS5 with the trigram tokenizer, the same documents and queries, same page of 10 with snippets,
/// ranked by bm25 with the same weights. Trigrams cannot match a two-character word (医保), so such words are
/// matched with LIKE, which the trigram index cannot serve either: that is the honest cost of this design.
/// </summary>
internal sealed class Fts5TrigramEngine(string root) : ISearchEngine
{
    private static readonly string[] Columns = ["$t", "$k", "$b", "$u", "$s", "$d"];
    private readonly SqliteConnection _connection = Open(Path.Combine(root, "fts5.db"));

    public string Name => "SQLite FTS5 trigram（基线）";

    public void Index(IEnumerable<SearchDocument> documents)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs(title, keywords, body, url, site, date) VALUES ($t, $k, $b, $u, $s, $d)";
        var parameters = Columns.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var d in documents)
        {
            object?[] values = [d.Title, d.Keywords ?? "", d.Body, d.Url, d.SiteName ?? "", d.Date.Ticks];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public int Search(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var match = string.Join(" AND ", words.Where(w => w.Length >= 3).Select(w => $"\"{w}\""));
        var likes = words.Where(w => w.Length < 3).Select((w, i) => (Sql: $"(title LIKE $l{i} OR keywords LIKE $l{i} OR body LIKE $l{i})", Name: $"$l{i}", Value: $"%{w}%")).ToList();
        var where = string.Join(" AND ", (match.Length > 0 ? ["docs MATCH $m"] : Array.Empty<string>()).Concat(likes.Select(l => l.Sql)));

        using var count = Command($"SELECT count(*) FROM docs WHERE {where}", match, likes);
        var total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var rank = match.Length > 0 ? "bm25(docs, 3.0, 2.0, 1.0)" : "date DESC";
        var snippet = match.Length > 0 ? "snippet(docs, 2, '<em>', '</em>', '…', 24)" : "substr(body, 1, 120)";
        using var page = Command($"SELECT title, url, {snippet}, site, date FROM docs WHERE {where} ORDER BY {rank} LIMIT 10", match, likes);
        using var reader = page.ExecuteReader();
        while (reader.Read())
        {
            _ = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
        }

        return total;
    }

    private SqliteCommand Command(string sql, string match, List<(string Sql, string Name, string Value)> likes)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        if (match.Length > 0)
        {
            command.Parameters.AddWithValue("$m", match);
        }

        foreach (var like in likes)
        {
            command.Parameters.AddWithValue(like.Name, like.Value);
        }

        return command;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "PRAGMA journal_mode=WAL; CREATE VIRTUAL TABLE docs USING fts5(title, keywords, body, url UNINDEXED, site UNINDEXED, date UNINDEXED, tokenize='trigram');";
        create.ExecuteNonQuery();
        return connection;
    }

    public void Dispose() => _connection.Dispose();
}
