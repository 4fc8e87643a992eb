using EGov.Platform.Identity.Demo;

namespace EGov.UnitTests.Docs;

public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

    [Fact]
    public void Readme_lists_every_demo_account_with_its_password()
    {
        foreach (var account in DemoAccounts.All)
        {
            Assert.Contains($"| `{account.UserName}` | `{account.Password}` |", Readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readme_gives_the_start_and_test_commands_that_ci_runs()
    {
        var ci = File.ReadAllText(Path.Combine(RepositoryRoot(), ".ci", "run"));

        Assert.Contains("dotnet run --project src/EGov.Web -- --demo", Readme, StringComparison.Ordinal);
        Assert.Contains("./test.sh", Readme, StringComparison.Ordinal);
        Assert.Contains("./test.sh", ci, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EGov.slnx")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
