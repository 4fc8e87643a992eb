using System.Buffers.Binary;
using System.Text;

namespace EGov.Documents.Layout.Fonts;

/// <summary>
/// Reads what the renderer needs from a TrueType file: the first face of a collection (<c>.ttc</c>) as a file of its
/// own, since PDFsharp's resolver serves single faces, and the characters the face maps to a glyph.
/// </summary>
internal static class TrueTypeFace
{
    /// <summary>The bytes of a single face: the file itself, or the first face copied out of a collection.</summary>
    public static byte[] FirstFace(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Tag(file, 0) != "ttcf")
        {
            return file;
        }

        var directory = (int)U32(file, 12);
        var count = U16(file, directory + 4);
        var headerLength = 12 + (16 * count);
        var tables = Enumerable.Range(0, count).Select(i => directory + 12 + (16 * i)).ToArray();
        var output = new byte[headerLength + tables.Sum(t => Align((int)U32(file, t + 12)))];
        file.AsSpan(directory, 12).CopyTo(output);
        var at = headerLength;
        for (var i = 0; i < count; i++)
        {
            var record = tables[i];
            var (offset, length) = ((int)U32(file, record + 8), (int)U32(file, record + 12));
            file.AsSpan(record, 16).CopyTo(output.AsSpan(12 + (16 * i)));
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(12 + (16 * i) + 8), (uint)at);
            file.AsSpan(offset, length).CopyTo(output.AsSpan(at));
            at += Align(length);
        }

        return output;
    }

    /// <summary>The Unicode code points the face's <c>cmap</c> maps to a real glyph.</summary>
    public static HashSet<int> Coverage(byte[] face)
    {
        ArgumentNullException.ThrowIfNull(face);
        var cmap = TableOffset(face, "cmap") ?? throw new InvalidDataException("font without cmap table");
        var subtables = Enumerable.Range(0, U16(face, cmap + 2))
            .Select(i => cmap + 4 + (8 * i))
            .Select(r => (Platform: U16(face, r), Encoding: U16(face, r + 2), Offset: cmap + (int)U32(face, r + 4)))
            .ToList();
        var full = subtables.FirstOrDefault(s => s is { Platform: 3, Encoding: 10 } && U16(face, s.Offset) == 12);
        if (full.Offset != 0)
        {
            return CmapFormat12(face, full.Offset);
        }

        var bmp = subtables.FirstOrDefault(s => s.Platform is 3 or 0 && U16(face, s.Offset) == 4);
        return bmp.Offset != 0 ? CmapFormat4(face, bmp.Offset) : throw new InvalidDataException("font without Unicode cmap");
    }

    private static HashSet<int> CmapFormat12(byte[] face, int table)
    {
        var covered = new HashSet<int>();
        var groups = (int)U32(face, table + 12);
        for (var g = 0; g < groups; g++)
        {
            var group = table + 16 + (12 * g);
            for (var c = (int)U32(face, group); c <= (int)U32(face, group + 4); c++)
            {
                covered.Add(c);
            }
        }

        return covered;
    }

    private static HashSet<int> CmapFormat4(byte[] face, int table)
    {
        var covered = new HashSet<int>();
        var segments = U16(face, table + 6) / 2;
        var ends = table + 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            var (start, end) = (U16(face, starts + (2 * s)), U16(face, ends + (2 * s)));
            var (delta, rangeOffset) = (U16(face, deltas + (2 * s)), U16(face, rangeOffsets + (2 * s)));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = rangeOffset == 0
                    ? (c + delta) & 0xFFFF
                    : GlyphAt(face, rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start)), delta);
                if (glyph != 0)
                {
                    covered.Add(c);
                }
            }
        }

        return covered;
    }

    private static int GlyphAt(byte[] face, int at, int delta)
    {
        var glyph = at + 1 < face.Length ? U16(face, at) : 0;
        return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
    }

    private static int? TableOffset(byte[] face, string tag)
    {
        for (var i = 0; i < U16(face, 4); i++)
        {
            var record = 12 + (16 * i);
            if (Tag(face, record) == tag)
            {
                return (int)U32(face, record + 8);
            }
        }

        return null;
    }

    private static int Align(int length) => (length + 3) & ~3;

    private static string Tag(byte[] bytes, int at) => Encoding.ASCII.GetString(bytes, at, 4);

    private static int U16(byte[] bytes, int at) => BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at));

    private static uint U32(byte[] bytes, int at) => BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
}
