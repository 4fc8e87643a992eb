using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;

namespace EGov.Interaction.Letters.Handling.Settings;

/// <summary>
/// Which routing rule a letter matches: active rules of its mailbox (or of every mailbox) and kind, tried by priority
/// (lowest first); a rule with keywords needs one of them in the subject or content.
/// </summary>
internal static class RuleMatcher
{
    public static RoutingRule? Match(IEnumerable<RoutingRule> rules, Guid mailboxId, LetterKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.Where(r => r.IsActive && (r.MailboxId is null || r.MailboxId == mailboxId) && (r.Kind is null || r.Kind == kind))
            .OrderBy(r => r.Priority)
            .FirstOrDefault(r => r.KeywordList.Count == 0 || r.KeywordList.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)));
    }
}
