using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;

namespace EGov.Interaction.Letters.Writing.Registration;

/// <summary>
/// The first active rule, by priority, that fits the letter: same mailbox or any, same kind or any, and any of its
/// keywords in the subject or content (a rule without keywords fits every letter of its mailbox and kind).
/// </summary>
internal static class RoutingRuleMatcher
{
    public static RoutingRule? Match(IEnumerable<RoutingRule> rules, Guid mailboxId, LetterKind kind, string subject, string content)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var text = $"{subject}\n{content}";
        return rules
            .Where(r => r.IsActive && (r.MailboxId is null || r.MailboxId == mailboxId) && (r.Kind is null || r.Kind == kind))
            .OrderBy(r => r.Priority)
            .FirstOrDefault(r => r.KeywordList.Count == 0 || r.KeywordList.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)));
    }
}
