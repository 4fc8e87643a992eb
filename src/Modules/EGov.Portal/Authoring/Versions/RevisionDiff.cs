using EGov.Portal.Domain.Articles;

namespace EGov.Portal.Authoring.Versions;

/// <summary>The comparison of one field between two revisions.</summary>
internal sealed record FieldDiff(string Field, string Label, bool Changed, IReadOnlyList<DiffSegment> Segments);

/// <summary>Two revisions of an article compared field by field on their plain text.</summary>
internal sealed record RevisionComparison(RevisionSummary Older, RevisionSummary Newer, IReadOnlyList<FieldDiff> Fields)
{
    public static RevisionComparison Of(ArticleRevision older, ArticleRevision newer) => new(
        RevisionSummary.Of(older),
        RevisionSummary.Of(newer),
        [
            Field("title", "标题", older.Title, newer.Title),
            Field("subtitle", "副标题", older.Subtitle, newer.Subtitle),
            Field("keywords", "关键词", older.Keywords, newer.Keywords),
            Field("body", "正文", PlainText.FromHtml(older.BodyHtml), PlainText.FromHtml(newer.BodyHtml)),
        ]);

    private static FieldDiff Field(string field, string label, string? older, string? newer)
        => new(field, label, !string.Equals(older ?? "", newer ?? "", StringComparison.Ordinal), TextDiff.Compare(older ?? "", newer ?? ""));
}

internal sealed record RevisionSummary(int Number, DateTime EditedAt, string EditedByName, string Title)
{
    public static RevisionSummary Of(ArticleRevision r) => new(r.Number, r.EditedAt, r.EditedByName, r.Title);
}
