using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace EGov.Bench.Pages;

/// <summary>
/// The baseline of the page benchmark: a bare ASP.NET Core app that reads the same article rows from the same
/// database on every request (raw ADO.NET, no cache, no layout engine) and writes a page of the size it is told,
/// so that the platform's pages are compared with the least a server could do for the same answer.
/// </summary>
internal static class BaselineSite
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = BenchArguments.Parse(args);
        var provider = options.GetValueOrDefault("provider", "sqlite");
        var connection = options["connection"];
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.GetValueOrDefault("urls", "http://127.0.0.1:5081"));
        var app = builder.Build();
        DbConnection Open() => provider == "postgres" ? new NpgsqlConnection(connection) : new SqliteConnection(connection);

        app.MapGet("/pick", async () =>
        {
            await using var db = Open();
            await db.OpenAsync();
            var (id, siteId) = await PickAsync(db);
            return Results.Text($"{id:N} {siteId}");
        });
        app.MapGet("/articles/{id:guid}", async (Guid id, int size) =>
        {
            await using var db = Open();
            await db.OpenAsync();
            await using var command = Command(db, "SELECT \"Title\", \"Source\", \"PublishedAt\", \"BodyHtml\" FROM portal_articles WHERE \"Id\" = @id AND \"Status\" = 5", provider, ("id", id));
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                return Results.NotFound();
            }

            var page = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>");
            page.Append(WebUtility.HtmlEncode(reader.GetString(0))).Append("</title></head><body><main><h1>")
                .Append(WebUtility.HtmlEncode(reader.GetString(0))).Append("</h1><p>来源：")
                .Append(WebUtility.HtmlEncode(reader.IsDBNull(1) ? "" : reader.GetString(1))).Append(" 发布时间：")
                .Append(reader.GetValue(2)).Append("</p>").Append(reader.GetString(3)).Append("</main></body></html>");
            return Html(page, size);
        });
        app.MapGet("/home", async (Guid site, int size) =>
        {
            await using var db = Open();
            await db.OpenAsync();
            await using var command = Command(db, "SELECT \"Id\", \"Title\", \"PublishedAt\" FROM portal_articles WHERE \"SiteId\" = @site AND \"Status\" = 5 ORDER BY \"PublishedAt\" DESC LIMIT 40", provider, ("site", site));
            await using var reader = await command.ExecuteReaderAsync();
            var page = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>首页</title></head><body><main><ul>");
            while (await reader.ReadAsync())
            {
                page.Append("<li><a href=\"/articles/").Append(reader.GetValue(0)).Append("\">")
                    .Append(WebUtility.HtmlEncode(reader.GetString(1))).Append("</a> ").Append(reader.GetValue(2)).Append("</li>");
            }

            page.Append("</ul></main></body></html>");
            return Html(page, size);
        });
        await app.RunAsync();
        return 0;
    }

    private static async Task<(Guid Article, string Site)> PickAsync(DbConnection db)
    {
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT a.\"Id\", a.\"SiteId\" FROM portal_articles a JOIN portal_sites s ON s.\"Id\" = a.\"SiteId\" "
            + "WHERE s.\"IsPortal\" = TRUE AND a.\"Status\" = 5 ORDER BY a.\"PublishedAt\" DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException("门户网站没有已发布的稿件：先写入演示数据。");
        }

        var article = reader.GetValue(0) is Guid g ? g : Guid.Parse(reader.GetString(0));
        return (article, Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture)!);
    }

    private static DbCommand Command(DbConnection db, string sql, string provider, params (string Name, Guid Value)[] parameters)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            // EF Core stores Guids in SQLite as upper-case text.
            parameter.Value = provider == "postgres" ? value : value.ToString().ToUpperInvariant();
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static IResult Html(StringBuilder page, int size)
    {
        var bytes = Encoding.UTF8.GetByteCount(page.ToString());
        if (size > bytes + 7)
        {
            page.Insert(page.Length - "</body></html>".Length, "<!--" + new string('x', size - bytes - 7) + "-->");
        }

        return Results.Text(page.ToString(), "text/html; charset=utf-8");
    }
}
