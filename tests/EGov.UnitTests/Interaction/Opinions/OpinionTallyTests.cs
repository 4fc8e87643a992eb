using EGov.Interaction.Domain.Opinions;
using EGov.Interaction.Opinions.Public;

namespace EGov.UnitTests.Interaction.Opinions;

public sealed class OpinionTallyTests
{
    [Fact]
    public void Received_counts_every_opinion_and_each_adoption_its_own()
    {
        var tally = OpinionTally.Of([Adoption.Adopted, Adoption.Adopted, Adoption.PartlyAdopted, Adoption.NotAdopted, Adoption.Pending]);

        Assert.Equal(new OpinionTally(5, 2, 1, 1), tally);
    }
}
