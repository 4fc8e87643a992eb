using EGov.Disclosure.Requests.Handling.Fees;

namespace EGov.UnitTests.Disclosure.Handling;

/// <summary>国办函〔2020〕109号 第四条 (按件) and 第五条 (按量), both 超额累进, at every tier boundary.</summary>
public sealed class FeeCalculatorTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(50, 300)]
    [InlineData(51, 400)]
    public void Per_request_rate_of_the_nth_request_in_a_month(int position, int yuan)
        => Assert.Equal(yuan, FeeCalculator.PerRequestRate(position));

    [Theory]
    [InlineData(9, 0)] // the 10th request of the month is free
    [InlineData(10, 100)] // the 11th
    [InlineData(29, 100)] // the 30th
    [InlineData(30, 200)] // the 31st
    [InlineData(39, 200)] // the 40th
    [InlineData(40, 300)] // the 41st
    public void A_single_request_pays_the_rate_of_its_position(int earlier, int yuan)
        => Assert.Equal(yuan, FeeCalculator.PerRequest(earlier, 1));

    [Theory]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 2000)] // 20 × 100
    [InlineData(31, 2200)] // 2000 + 200
    [InlineData(40, 4000)] // 2000 + 10 × 200
    [InlineData(41, 4300)] // 4000 + 300
    public void A_request_counted_as_many_pieces_sums_the_rates_of_its_positions(int pieces, int yuan)
        => Assert.Equal(yuan, FeeCalculator.PerRequest(0, pieces));

    [Fact]
    public void Pieces_straddling_a_band_are_charged_progressively()
        // positions 9–12: 0 + 0 + 100 + 100; positions 29–32: 100 + 100 + 200 + 200.
        => Assert.Equal((200m, 600m), (FeeCalculator.PerRequest(8, 4), FeeCalculator.PerRequest(28, 4)));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)] // 70 × 10
    [InlineData(101, 720)] // 700 + 20
    [InlineData(150, 1700)] // 70 × 10 + 50 × 20
    [InlineData(200, 2700)] // 700 + 100 × 20
    [InlineData(201, 2740)] // 2700 + 40
    [InlineData(300, 6700)] // 2700 + 100 × 40
    public void Per_page_fee_is_progressive(int pages, int yuan)
        => Assert.Equal(yuan, FeeCalculator.PerPage(pages));

    [Fact]
    public void Per_page_fee_equals_the_sum_of_the_page_rates()
    {
        for (var pages = 0; pages <= 260; pages++)
        {
            var sum = Enumerable.Range(1, pages).Sum(p => FeeCalculator.PerPageRate(p));
            Assert.Equal(sum, FeeCalculator.PerPage(pages));
        }
    }

    [Fact]
    public void Zero_pieces_is_a_bug_not_a_fee()
        => Assert.Throws<ArgumentOutOfRangeException>(() => FeeCalculator.PerRequest(0, 0));
}
