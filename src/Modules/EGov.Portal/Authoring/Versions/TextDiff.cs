using DiffPlex;

namespace EGov.Portal.Authoring.Versions;

internal enum DiffKind
{
    Same = 0,
    Deleted = 1,
    Inserted = 2,
}

/// <summary>A run of text that stayed, was deleted from the older version or was inserted into the newer one.</summary>
internal sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>Character- and word-level comparison of two plain texts.</summary>
internal static class TextDiff
{
    public static IReadOnlyList<DiffSegment> Compare(string older, string newer)
    {
        var result = Differ.Instance.CreateDiffs(older ?? "", newer ?? "", ignoreWhiteSpace: false, ignoreCase: false, MixedChunker.Instance);
        IReadOnlyList<string> a = result.PiecesOld;
        IReadOnlyList<string> b = result.PiecesNew;
        var segments = new List<DiffSegment>();
        var ia = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, DiffKind.Same, a, ia, block.DeleteStartA - ia);
            Add(segments, DiffKind.Deleted, a, block.DeleteStartA, block.DeleteCountA);
            Add(segments, DiffKind.Inserted, b, block.InsertStartB, block.InsertCountB);
            ia = block.DeleteStartA + block.DeleteCountA;
        }

        Add(segments, DiffKind.Same, a, ia, a.Count - ia);
        return segments;
    }

    private static void Add(List<DiffSegment> segments, DiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }
}
