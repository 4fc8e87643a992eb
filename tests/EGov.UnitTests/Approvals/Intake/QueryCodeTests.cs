using EGov.Approvals.Applications.Intake.Registration;

namespace EGov.UnitTests.Approvals.Intake;

public sealed class QueryCodeTests
{
    [Fact]
    public void New_code_has_eight_unambiguous_characters()
    {
        var code = QueryCode.New();

        Assert.Equal(8, code.Length);
        Assert.All(code, c => Assert.Contains(c, QueryCode.Alphabet));
    }

    [Fact]
    public void Code_matches_its_application_typed_in_lower_case_with_spaces_but_not_another()
    {
        var id = Guid.CreateVersion7();
        var hash = QueryCode.Hash(id, "ABCD2345");

        Assert.True(QueryCode.Matches(id, "abcd 2345", hash));
        Assert.False(QueryCode.Matches(Guid.CreateVersion7(), "ABCD2345", hash));
        Assert.False(QueryCode.Matches(id, "ABCD2346", hash));
        Assert.Equal(64, hash.Length);
    }
}
