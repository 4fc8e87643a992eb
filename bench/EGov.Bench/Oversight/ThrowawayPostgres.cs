using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace EGov.Bench.Oversight;

/// <summary>
/// A PostgreSQL server for one run: the one given by <c>--postgres</c>, or a cluster started here from Debian's
/// packages in a temporary folder on a loopback port (as the <c>postgres</c> user when run as root, since
/// PostgreSQL refuses root), stopped and removed on dispose. Each benchmark database is created and dropped on it.
/// </summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _bin;

    private ThrowawayPostgres(string server, string? folder, string? bin)
    {
        Server = server;
        _folder = folder;
        _bin = bin;
    }

    /// <summary>Connection string without a database name.</summary>
    public string Server { get; }

    public static ThrowawayPostgres Start(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return new ThrowawayPostgres(given, null, null);
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("未找到 PostgreSQL（/usr/lib/postgresql/*/bin）：请安装 Debian 的 postgresql 软件包，或用 --postgres 提供连接字符串。");
        }

        var folder = Directory.CreateTempSubdirectory("egov-pg-bench-").FullName;
        var port = FreePort();
        var cluster = new ThrowawayPostgres($"Host=127.0.0.1;Port={port};Username=postgres;Pooling=true", folder, bin);
        if (Environment.UserName == "root")
        {
            Run("chown", $"-R postgres:postgres {folder}");
        }

        cluster.RunPg("initdb", $"-D {folder}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        cluster.RunPg("pg_ctl", $"-D {folder}/data -l {folder}/log -w -o \"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off\" start");
        return cluster;
    }

    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"egov_bench_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH (FORCE)");
    }

    public ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            NpgsqlConnection.ClearAllPools();
            RunPg("pg_ctl", $"-D {_folder}/data -m immediate stop");
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private void RunPg(string tool, string arguments)
    {
        var file = Path.Combine(_bin!, tool);
        if (Environment.UserName == "root")
        {
            Run("runuser", $"-u postgres -- {file} {arguments}");
        }
        else
        {
            Run(file, arguments);
        }
    }

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"无法启动 {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} 失败（{process.ExitCode}）：{output.Result}{error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
