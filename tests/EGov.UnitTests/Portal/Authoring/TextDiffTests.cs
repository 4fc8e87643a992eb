using EGov.Portal.Authoring.Versions;
using EGov.Portal.Domain.Articles;

namespace EGov.UnitTests.Portal.Authoring;

public sealed class TextDiffTests
{
    [Fact]
    public void Chinese_changes_are_marked_character_by_character()
    {
        var segments = TextDiff.Compare("区市场监管局开展食品安全检查", "区市场监管局开展药品安全抽查");

        Assert.Equal(
            [
                new DiffSegment(DiffKind.Same, "区市场监管局开展"),
                new DiffSegment(DiffKind.Deleted, "食"),
                new DiffSegment(DiffKind.Inserted, "药"),
                new DiffSegment(DiffKind.Same, "品安全"),
                new DiffSegment(DiffKind.Deleted, "检"),
                new DiffSegment(DiffKind.Inserted, "抽"),
                new DiffSegment(DiffKind.Same, "查"),
            ],
            segments);
    }

    [Fact]
    public void Latin_words_and_numbers_change_as_whole_words()
    {
        var segments = TextDiff.Compare("截至2025年共12家", "截至2026年共12家");

        Assert.Contains(new DiffSegment(DiffKind.Deleted, "2025"), segments);
        Assert.Contains(new DiffSegment(DiffKind.Inserted, "2026"), segments);
    }

    [Fact]
    public void Identical_texts_have_one_unchanged_segment()
        => Assert.Equal([new DiffSegment(DiffKind.Same, "不变")], TextDiff.Compare("不变", "不变"));

    [Fact]
    public void Revisions_are_compared_on_plain_text_field_by_field()
    {
        var older = new ArticleRevision { Number = 1, Title = "通知", BodyHtml = "<p>周一<strong>开会</strong></p>" };
        var newer = new ArticleRevision { Number = 2, Title = "通知", BodyHtml = "<p>周二<strong>开会</strong></p>" };

        var comparison = RevisionComparison.Of(older, newer);

        Assert.False(comparison.Fields.Single(f => f.Field == "title").Changed);
        var body = comparison.Fields.Single(f => f.Field == "body");
        Assert.True(body.Changed);
        Assert.Equal("周<del class=\"diff-del\">一</del><ins class=\"diff-ins\">二</ins>开会", DiffHtml.Render(body.Segments).ToString());
    }

    [Fact]
    public void Rendered_diff_encodes_the_text()
        => Assert.Equal("<ins class=\"diff-ins\">&lt;b&gt;</ins>", DiffHtml.Render([new DiffSegment(DiffKind.Inserted, "<b>")]).ToString());
}
