using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EGov.Portal.PublicSite.Demo;

namespace EGov.UnitTests.Portal.PublicSite;

public sealed partial class DemoPdfTests
{
    [Fact]
    public void Pdf_starts_with_the_magic_and_its_xref_points_at_each_object()
    {
        var text = Encoding.ASCII.GetString(DemoPdf.Create(["Line (one)", "Line two"]));

        Assert.StartsWith("%PDF-1.4\n", text, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);
        var startXref = int.Parse(StartXref().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n", text[startXref..], StringComparison.Ordinal);
        var offsets = Offset().Matches(text[startXref..]).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5, offsets.Count);
        for (var i = 0; i < offsets.Count; i++)
        {
            Assert.StartsWith($"{i + 1} 0 obj", text[offsets[i]..], StringComparison.Ordinal);
        }

        Assert.Contains(@"(Line \(one\)) Tj", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"startxref\n(\d+)\n")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) 00000 n ")]
    private static partial Regex Offset();
}
