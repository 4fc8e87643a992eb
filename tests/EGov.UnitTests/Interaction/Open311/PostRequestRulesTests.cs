using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Open311.Requests;

namespace EGov.UnitTests.Interaction.Open311;

public sealed class PostRequestRulesTests
{
    private static PostRequestInput Input(string? code = "help_request", string? lat = null, string? lng = null, string? address = null, string? addressId = null, string? description = "夷陵大道与东山大道路口的路灯已经坏了一周，晚上很黑。")
        => new(code, lat, lng, address, addressId, null, null, null, null, null, null, description, null);

    [Fact]
    public void Lat_and_long_are_a_full_location()
    {
        var (request, errors) = PostRequestRules.Check(Input(lat: "30.6925", lng: "111.2865"));

        Assert.Empty(errors);
        Assert.Equal(LetterKind.HelpRequest, request!.Service.Kind);
        Assert.Equal(30.6925, request.Latitude);
        Assert.Equal(111.2865, request.Longitude);
    }

    [Fact]
    public void An_address_id_alone_is_kept_with_the_location_text()
        => Assert.Equal("地址编号 A-1001", PostRequestRules.Check(Input(addressId: "A-1001")).Request!.Location);

    [Fact]
    public void Without_any_location_it_is_400()
    {
        var (request, errors) = PostRequestRules.Check(Input());

        Assert.Null(request);
        Assert.Contains("lat", Assert.Single(errors).Description, StringComparison.Ordinal);
        Assert.Equal(400, errors[0].Code);
    }

    [Fact]
    public void Lat_without_long_is_400()
        => Assert.Contains(PostRequestRules.Check(Input(lat: "30.69", address: "西陵一路")).Errors, e => e.Code == 400);

    [Theory]
    [InlineData("91", "111")]
    [InlineData("abc", "111")]
    [InlineData("30", "181")]
    public void Coordinates_outside_wgs84_are_400(string lat, string lng)
        => Assert.Equal(400, PostRequestRules.Check(Input(lat: lat, lng: lng)).Errors[0].Code);

    [Fact]
    public void A_missing_service_code_is_400_and_an_unknown_one_404()
    {
        Assert.Equal(400, PostRequestRules.Check(Input(code: null, address: "西陵一路")).Errors[0].Code);
        Assert.Equal(404, PostRequestRules.Check(Input(code: "pothole")).Errors[0].Code);
    }

    [Fact]
    public void A_description_over_4000_characters_is_400()
        => Assert.Equal(400, Assert.Single(PostRequestRules.Check(Input(address: "西陵一路", description: new string('路', 4001))).Errors).Code);

    [Fact]
    public void The_subject_is_the_first_line_shortened_to_30_characters()
    {
        var request = PostRequestRules.Check(Input(address: "西陵一路", description: new string('灯', 40) + "\n第二行")).Request!;

        Assert.Equal(new string('灯', 30) + "…", PostRequestRules.Subject(request));
    }

    [Fact]
    public void Without_a_description_the_subject_names_the_service()
        => Assert.Equal("求助（Open311）", PostRequestRules.Subject(PostRequestRules.Check(Input(address: "西陵一路", description: null)).Request!));
}
