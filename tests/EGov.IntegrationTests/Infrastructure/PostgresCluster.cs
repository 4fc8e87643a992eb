using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EGov.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: <c>EGOV_TEST_POSTGRES</c> when the test command provides one,
/// otherwise one started here from Debian's packages in a temporary folder on a loopback port, removed at exit.
/// PostgreSQL refuses to run as root, so as root the cluster runs as the <c>postgres</c> user.
/// </summary>
public static class PostgresCluster
{
    private static readonly Lazy<string> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Connection string of the server, without a database name.</summary>
    public static string ConnectionString => Server.Value;

    /// <summary>A new, empty database on the cluster; its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix = "egov_it")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    private static string Start()
    {
        var provided = Environment.GetEnvironmentVariable("EGOV_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(provided))
        {
            return provided;
        }

        var bin = FindBinFolder();
        RemoveStoppedClusters();
        var folder = Directory.CreateTempSubdirectory("egov-pg-").FullName;
        var dataDir = Path.Combine(folder, "data");
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", $"-R postgres:postgres {folder}");
        }

        RunAs(asRoot, Path.Combine(bin, "initdb"), $"-D {dataDir} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        RunAs(asRoot, Path.Combine(bin, "pg_ctl"),
            $"-D {dataDir} -l {Path.Combine(folder, "log")} -w -o \"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunAs(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {dataDir} -m immediate stop");
            Directory.Delete(folder, recursive: true);
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Pooling=true;Maximum Pool Size=200";
    }

    /// <summary>
    /// Folders of earlier runs whose server no longer runs (no <c>postmaster.pid</c>): a test host killed before its
    /// exit handler finished leaves them behind, some 40 MB each.
    /// </summary>
    private static void RemoveStoppedClusters()
    {
        foreach (var stale in Directory.EnumerateDirectories(Path.GetTempPath(), "egov-pg-*"))
        {
            // Ten minutes: a cluster another run is still creating has no postmaster.pid yet either.
            if (!File.Exists(Path.Combine(stale, "data", "postmaster.pid")) && Directory.GetLastWriteTimeUtc(stale) < DateTime.UtcNow.AddMinutes(-10))
            {
                try
                {
                    Directory.Delete(stale, recursive: true);
                }
                catch (IOException)
                {
                    // another test run is creating it right now
                }
                catch (UnauthorizedAccessException)
                {
                    // another user's folder
                }
            }
        }
    }

    private static string FindBinFolder()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under /usr/lib/postgresql. Run the test command from the README (./test.sh), which installs them.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAs(bool asRoot, string file, string arguments)
    {
        if (asRoot)
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
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"cannot start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {output.Result}{error}");
        }
    }
}
