using EGov.Interaction.Open311.Format;

namespace EGov.UnitTests.Interaction.Open311;

public sealed class W3cDateTimeTests
{
    [Fact]
    public void Instants_are_written_in_china_time_with_the_offset()
        => Assert.Equal("2026-11-28T09:30:00+08:00", W3cDateTime.Format(new DateTime(2026, 11, 28, 1, 30, 0, DateTimeKind.Utc)));

    [Fact]
    public void Null_stays_null() => Assert.Null(W3cDateTime.Format(null));

    [Theory]
    [InlineData("2010-01-01T00:00:00Z", "2010-01-01T00:00:00")]
    [InlineData("2026-11-28T09:30:00+08:00", "2026-11-28T01:30:00")]
    [InlineData("1994-11-05T08:15:30-05:00", "1994-11-05T13:15:30")]
    [InlineData("2026-11-28T09:30:00 08:00", "2026-11-28T01:30:00")]
    [InlineData("2026-11-28T09:30:00.123+08:00", "2026-11-28T01:30:00.123")]
    public void W3c_datetimes_with_a_zone_are_read_as_utc(string text, string utc)
        => Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), W3cDateTime.Parse(text));

    [Theory]
    [InlineData("2026-11-28T09:30:00")]
    [InlineData("2026-11-28")]
    [InlineData("yesterday")]
    [InlineData("2026-13-28T09:30:00Z")]
    public void Datetimes_without_a_zone_or_malformed_are_refused(string text) => Assert.Null(W3cDateTime.Parse(text));
}
