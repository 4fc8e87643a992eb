namespace EGov.Interaction.Interviews;

/// <summary>One guest: 姓名 and 职务, from a line "姓名 职务" of the interview's guest list.</summary>
internal sealed record InterviewGuest(string Name, string Post)
{
    public string Label => Post.Length == 0 ? Name : $"{Name}（{Post}）";

    public static IReadOnlyList<InterviewGuest> Parse(string? guests)
        => [.. (guests ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Line)];

    /// <summary>The list stored: one guest a line, name and post separated by one space.</summary>
    public static string Normalize(string? guests)
        => string.Join('\n', Parse(guests).Select(g => g.Post.Length == 0 ? g.Name : $"{g.Name} {g.Post}"));

    private static InterviewGuest Line(string line)
    {
        var parts = line.Replace('\u3000', ' ').Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new InterviewGuest(parts[0], parts.Length > 1 ? parts[1] : "");
    }
}
