using EGov.Disclosure.Requests.Intake.Receipt;
using EGov.Platform.Crypto;

namespace EGov.UnitTests.Disclosure.Intake;

public sealed class QueryCodeTests
{
    private static readonly Guid Request = Guid.Parse("01937f1e-0000-7000-8000-000000000001");

    [Fact]
    public void Code_has_eight_characters_without_ambiguous_ones()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => QueryCode.New()).ToList();

        Assert.All(codes, c => Assert.Equal(8, c.Length));
        Assert.All(codes, c => Assert.DoesNotContain(c, ch => "0O1IL".Contains(ch, StringComparison.Ordinal)));
        Assert.True(codes.Distinct().Count() > 190, "codes should be random");
    }

    [Fact]
    public void Stored_hash_is_sm3_of_request_id_and_code()
    {
        var expected = Sm3.HashHex("01937f1e000070008000000000000001ABCD2345"u8);

        Assert.Equal(expected, QueryCode.Hash(Request, "ABCD2345"));
    }

    [Fact]
    public void Right_code_matches_also_typed_in_lower_case_with_spaces()
    {
        var hash = QueryCode.Hash(Request, "ABCD2345");

        Assert.True(QueryCode.Matches(Request, "ABCD2345", hash));
        Assert.True(QueryCode.Matches(Request, " abcd 2345 ", hash));
    }

    [Fact]
    public void Wrong_code_or_another_request_does_not_match()
    {
        var hash = QueryCode.Hash(Request, "ABCD2345");

        Assert.False(QueryCode.Matches(Request, "ABCD2346", hash));
        Assert.False(QueryCode.Matches(Guid.NewGuid(), "ABCD2345", hash));
        Assert.False(QueryCode.Matches(Request, null, hash));
    }

    [Fact]
    public void Hash_comparison_works_on_equal_length_values_only()
    {
        // A constant-time comparison of a hash against a shorter stored value must fail, never throw.
        Assert.False(QueryCode.Matches(Request, "ABCD2345", "abc"));
    }
}
