using EGov.Interaction.Domain.Opinions;

namespace EGov.Interaction.Opinions.Public;

/// <summary>The counts published with the 采纳情况: received, adopted, partly adopted, not adopted.</summary>
internal sealed record OpinionTally(int Received, int Adopted, int PartlyAdopted, int NotAdopted)
{
    public static OpinionTally Of(IEnumerable<Adoption> adoptions)
    {
        var list = adoptions.ToList();
        return new(list.Count, list.Count(a => a == Adoption.Adopted), list.Count(a => a == Adoption.PartlyAdopted), list.Count(a => a == Adoption.NotAdopted));
    }
}
