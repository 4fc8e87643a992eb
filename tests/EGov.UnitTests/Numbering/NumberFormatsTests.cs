using EGov.Platform.Numbering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace EGov.UnitTests.Numbering;

public class NumberFormatsTests
{
    private static NumberFormats FromConfiguration(Dictionary<string, string?> settings)
    {
        var options = new NumberingOptions();
        options.Bind(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return new NumberFormats(Options.Create(options));
    }

    private static string Render(NumberFormats formats, string key)
        => formats.For(key).Render(5, new NumberValues("西政发", 2026), new DateOnly(2026, 11, 28));

    [Fact]
    public void Longest_configured_prefix_of_the_key_wins()
    {
        var formats = FromConfiguration(new()
        {
            ["Numbering:Formats:documents"] = "D{n}",
            ["Numbering:Formats:documents:西政发"] = "{code}〔{year}〕{n}号",
        });

        Assert.Equal("西政发〔2026〕5号", Render(formats, "documents:西政发:2026"));
        Assert.Equal("D5", Render(formats, "documents:西政办:2026"));
    }

    [Fact]
    public void Prefix_matches_only_whole_key_segments()
    {
        var formats = FromConfiguration(new() { ["Numbering:Formats:approvals"] = "XL-{year}-{n:6}" });

        Assert.Equal("XL-2026-000005", Render(formats, "approvals:2026"));
        Assert.Equal("5", Render(formats, "approvalsx:2026"));
    }

    [Fact]
    public void Keys_without_a_format_get_the_plain_number()
        => Assert.Equal("5", Render(FromConfiguration([]), "disclosure:2026"));
}
