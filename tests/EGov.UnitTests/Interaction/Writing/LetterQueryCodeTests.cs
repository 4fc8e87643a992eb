using EGov.Interaction.Letters.Writing.Moderation;
using EGov.Interaction.Letters.Writing.Registration;

namespace EGov.UnitTests.Interaction.Writing;

public sealed class LetterQueryCodeTests
{
    [Fact]
    public void Code_matches_its_letter_only_and_forgives_case_and_spaces()
    {
        var id = Guid.NewGuid();
        var code = LetterQueryCode.New();
        var hash = LetterQueryCode.Hash(id, code);

        Assert.Equal(8, code.Length);
        Assert.All(code, c => Assert.Contains(c, LetterQueryCode.Alphabet));
        Assert.True(LetterQueryCode.Matches(id, $" {code[..4].ToLowerInvariant()}-{code[4..]} ", hash));
        Assert.False(LetterQueryCode.Matches(Guid.NewGuid(), code, hash));
        Assert.False(LetterQueryCode.Matches(id, "AAAAAAAA", hash));
        Assert.DoesNotContain(code, hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Highlighter_marks_each_word_found()
    {
        var parts = WordHighlighter.Split("甲乙丙乙丁", ["乙"]);

        Assert.Equal([("甲", false), ("乙", true), ("丙", false), ("乙", true), ("丁", false)], parts.Select(p => (p.Text, p.Found)));
    }
}
