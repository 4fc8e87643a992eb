using System.Text.RegularExpressions;

namespace EGov.UnitTests.Pages;

public sealed partial class RazorChineseTextTests
{
    /// <summary>
    /// Razor reads <c>letter@Name</c> as an e-mail address and prints it literally; a Chinese character is a letter,
    /// so <c>至@Display.Date(x)</c> shows the code on the page. Such expressions need parentheses: <c>至@(…)</c>.
    /// </summary>
    [Fact]
    public void No_page_puts_an_expression_right_after_a_Chinese_character_without_parentheses()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => ChineseThenExpression().IsMatch(l.line))
            .Select(l => $"{Path.GetFileName(l.file)}:{l.number}")
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}@[A-Za-z_]")]
    private static partial Regex ChineseThenExpression();

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
