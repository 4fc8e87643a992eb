using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Ratings;
using EGov.Approvals.Ratings.Rate;

namespace EGov.UnitTests.Approvals.Ratings;

public sealed class RatingRulesTests
{
    private static RatingInput Online(int overall, string? comment = null, string? reason = null) => new()
    {
        Overall = overall,
        Dimensions = new() { ["efficiency"] = 4, ["guide_accuracy"] = 5, ["convenience"] = 3, ["usability"] = 4 },
        Comment = comment,
        BadReason = reason,
    };

    [Theory]
    [InlineData(5, "非常满意")]
    [InlineData(4, "满意")]
    [InlineData(3, "基本满意")]
    [InlineData(2, "不满意")]
    [InlineData(1, "非常不满意")]
    public void The_five_levels_of_51_hao_have_their_national_names(int stars, string name)
        => Assert.Equal(name, ApprovalsNames.RatingLevel(stars));

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    [InlineData(5, false)]
    public void Only_不满意_and_非常不满意_are_bad_reviews(int stars, bool bad)
    {
        Assert.Equal(bad, RatingRules.IsBad(stars));
        Assert.Equal(bad, new Rating { Overall = stars }.IsBad);
    }

    [Fact]
    public void A_complete_online_rating_is_valid_and_stores_every_dimension()
    {
        var valid = RatingRules.Validate(RatingChannel.Online, Online(4));

        Assert.True(valid.IsSuccess);
        Assert.Equal("""{"convenience":3,"efficiency":4,"guide_accuracy":5,"usability":4}""", valid.Value.DimensionsJson);
        Assert.True(valid.Value.Named);
    }

    [Fact]
    public void An_online_rating_missing_a_dimension_is_refused_on_that_field()
    {
        var input = Online(5);
        input.Dimensions.Remove("usability");

        var result = RatingRules.Validate(RatingChannel.Online, input);

        Assert.False(result.IsSuccess);
        Assert.Contains("平台操作性", Assert.Single(result.Error!.Fields!["Dimensions[usability]"]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_window_dimensions_are_not_those_of_the_online_channel()
    {
        var window = new RatingInput
        {
            Overall = 5,
            Dimensions = new() { ["service_efficiency"] = 5, ["service_level"] = 5, ["service_attitude"] = 5 },
        };

        Assert.True(RatingRules.Validate(RatingChannel.Window, window).IsSuccess);
        var asOnline = RatingRules.Validate(RatingChannel.Online, window);
        Assert.False(asOnline.IsSuccess);
        Assert.True(asOnline.Error!.Fields!.ContainsKey("Dimensions"));
        Assert.True(asOnline.Error.Fields.ContainsKey("Dimensions[efficiency]"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void An_overall_score_outside_one_to_five_is_refused(int overall)
        => Assert.True(RatingRules.Validate(RatingChannel.Online, Online(overall)).Error!.Fields!.ContainsKey("Overall"));

    [Fact]
    public void A_bad_review_without_comment_or_reason_is_refused()
    {
        var result = RatingRules.Validate(RatingChannel.Online, Online(2));

        Assert.Equal("差评请选择原因或写明具体问题，以便部门核实整改。", Assert.Single(result.Error!.Fields!["Comment"]));
    }

    [Fact]
    public void A_bad_review_with_a_reason_keeps_the_reason_in_the_comment()
    {
        var result = RatingRules.Validate(RatingChannel.Online, Online(1, "窗口让我跑了三次", "多次跑动"));

        Assert.True(result.Value.IsBad);
        Assert.Equal("【多次跑动】窗口让我跑了三次", result.Value.Comment);
    }

    [Fact]
    public void An_anonymous_rating_is_not_named_and_gets_no_call_back()
    {
        var input = Online(1, "太慢");
        input.Anonymous = true;

        Assert.False(RatingRules.Validate(RatingChannel.Online, input).Value.Named);
    }
}
