using EGov.Documents.Domain;
using EGov.Documents.Rules;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>
/// The recipients of a document: each internal department chosen (main before copy; a department both main and copy
/// receives it once, as main), then each printed name that is no internal department's name or short name (external).
/// Collective names (各街道办事处) are not recipients themselves: the departments they stand for are chosen on the form.
/// </summary>
internal sealed class RecipientList(OrganizationFacts organization)
{
    public async Task<List<Distribution>> OfAsync(OfficialDocument d, DateTime at, CancellationToken cancellationToken)
    {
        var tree = await organization.TreeAsync(cancellationToken);
        var list = new List<Distribution>();
        foreach (var (ids, line, copy) in new[] { (d.MainRecipientIds, d.MainRecipients, false), (d.CopyRecipientIds, d.CopyRecipients, true) })
        {
            foreach (var department in tree.Where(t => ids.Contains(t.Id) && list.All(l => l.DepartmentId != t.Id)))
            {
                list.Add(new Distribution { Id = Guid.NewGuid(), DocumentId = d.Id, IsCopy = copy, DepartmentId = department.Id, Name = department.Name, At = at });
            }

            foreach (var name in RecipientNames.Split(line).Where(n => !RecipientNames.IsCollective(n)))
            {
                if (!tree.Any(t => t.Name == name || t.ShortName == name) && list.All(l => l.Name != name))
                {
                    list.Add(new Distribution { Id = Guid.NewGuid(), DocumentId = d.Id, IsCopy = copy, Name = name, At = at });
                }
            }
        }

        return list;
    }
}
