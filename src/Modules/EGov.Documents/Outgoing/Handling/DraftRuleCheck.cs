using EGov.Documents.Domain;
using EGov.Documents.Rules;
using Microsoft.Extensions.Options;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>The 行文规则 of a document with the facts of the organization tree (the units below the issuing agency).</summary>
internal sealed class DraftRuleCheck(OrganizationFacts organization, IOptions<RuleSettings> settings)
{
    public async Task<IReadOnlyList<RuleFinding>> CheckAsync(OfficialDocument d, CancellationToken cancellationToken)
    {
        var facts = new DraftFacts(d.Type, d.Direction, d.Title, d.Body, d.MainRecipients, d.MainRecipientIds, d.CopyRecipients, d.CopyRecipientIds,
            await organization.SubordinatesAsync(d.AgencyId, cancellationToken), d.Secrecy, d.SecrecyYears, d.CopyNumber, d.Signer, d.Publicity);
        return DraftingRules.Check(facts, settings.Value);
    }
}
