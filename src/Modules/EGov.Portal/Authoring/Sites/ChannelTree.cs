using EGov.Portal.Domain.Channels;

namespace EGov.Portal.Authoring.Sites;

/// <summary>A site's channels as an indented tree (each followed by its children, by sort order).</summary>
internal static class ChannelTree
{
    public static IReadOnlyList<(Channel Channel, int Depth)> Flatten(IReadOnlyCollection<Channel> channels)
    {
        var children = channels.ToLookup(c => c.ParentId);
        var ids = channels.Select(c => c.Id).ToHashSet();
        var result = new List<(Channel, int)>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var c in children[parent].OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal))
            {
                result.Add((c, depth));
                Walk(c.Id, depth + 1);
            }
        }

        Walk(null, 0);
        // Orphans (a parent of another site or deleted) still show, at the top level.
        foreach (var orphan in channels.Where(c => c.ParentId is { } p && !ids.Contains(p)))
        {
            result.Add((orphan, 0));
            Walk(orphan.Id, 1);
        }

        return result;
    }

    /// <summary>Whether <paramref name="candidate"/> is <paramref name="channelId"/> or lies below it.</summary>
    public static bool IsSelfOrDescendant(IReadOnlyCollection<Channel> channels, Guid candidate, Guid channelId)
    {
        var parents = channels.ToDictionary(c => c.Id, c => c.ParentId);
        var seen = new HashSet<Guid>();
        for (Guid? current = candidate; current is { } id && seen.Add(id); current = parents.GetValueOrDefault(id))
        {
            if (id == channelId)
            {
                return true;
            }
        }

        return false;
    }
}
