using EGov.Approvals.Oversight;

namespace EGov.UnitTests.Approvals.Oversight;

public sealed class ApplicationAnomalyRulesTests
{
    [Fact]
    public void The_source_offers_six_rules_with_unique_codes_and_Chinese_names_citing_their_basis()
    {
        var rules = new ApplicationAnomalySource(null!).Rules;

        Assert.Equal(
            ["concluded_without_acceptance", "concluded_without_result", "fee_mismatch", "handled_outside_system", "instant_conclusion", "repeated_correction"],
            rules.Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.Equal("违反一次性告知：同一办件多次补正", rules.Single(r => r.Code == ApplicationAnomalyRules.RepeatedCorrection).Name);
        Assert.Contains("第三十二条", rules.Single(r => r.Code == ApplicationAnomalyRules.RepeatedCorrection).Description, StringComparison.Ordinal);
        Assert.Contains("第五十九条", rules.Single(r => r.Code == ApplicationAnomalyRules.FeeMismatch).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Concluding_without_acceptance_and_a_wrong_fee_are_red_by_default_the_others_yellow()
    {
        var red = ApplicationAnomalyRules.All.Where(r => r.RedByDefault).Select(r => r.Code).Order(StringComparer.Ordinal);

        Assert.Equal([ApplicationAnomalyRules.ConcludedWithoutAcceptance, ApplicationAnomalyRules.FeeMismatch], red);
    }

    [Fact]
    public void The_first_scan_bounds_date_records_by_no_day_and_later_scans_by_the_China_date_of_since()
    {
        Assert.Equal(DateOnly.MinValue, AnomalyFindings.DayOf(DateTime.MinValue));
        Assert.Equal(new DateOnly(2026, 11, 28), AnomalyFindings.DayOf(new DateTime(2026, 11, 27, 16, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 11, 27), AnomalyFindings.DayOf(new DateTime(2026, 11, 27, 15, 59, 0, DateTimeKind.Utc)));
    }
}
