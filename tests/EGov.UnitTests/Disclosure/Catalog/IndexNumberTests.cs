using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Domain.Agencies;
using EGov.Platform.Numbering;

namespace EGov.UnitTests.Disclosure.Catalog;

public sealed class IndexNumberTests
{
    private static readonly Guid Agency = Guid.Parse("0190aaaa-0000-7000-8000-000000000001");

    [Fact]
    public void Default_format_renders_code_year_of_generation_and_five_digit_serial()
    {
        // disclosure.md §1.2: {统一社会信用代码}/{YYYY}-{NNNNN}; the year is the year the information was generated, not today.
        var values = IndexNumbers.Values("114205020112453761", new DateOnly(2025, 12, 30));

        var number = NumberFormat.Parse(DisclosureAgency.DefaultIndexNumberFormat).Render(7, values, new DateOnly(2026, 1, 5));

        Assert.Equal("114205020112453761/2025-00007", number);
    }

    [Fact]
    public void Serial_runs_per_agency_and_year_of_generation()
    {
        Assert.Equal($"disclosure.index:{Agency}:2026", IndexNumbers.SequenceKey(Agency, new DateOnly(2026, 3, 1)));
        Assert.NotEqual(IndexNumbers.SequenceKey(Agency, new DateOnly(2025, 12, 31)), IndexNumbers.SequenceKey(Agency, new DateOnly(2026, 1, 1)));
        Assert.NotEqual(IndexNumbers.SequenceKey(Agency, new DateOnly(2026, 1, 1)), IndexNumbers.SequenceKey(Guid.NewGuid(), new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void A_custom_format_may_use_the_generation_date()
    {
        var values = IndexNumbers.Values("XLQ", new DateOnly(2026, 11, 20));

        Assert.Equal("XLQ-202611-012", NumberFormat.Parse("{code}-{date:yyyyMM}-{n:3}").Render(12, values, new DateOnly(2026, 11, 28)));
    }
}
