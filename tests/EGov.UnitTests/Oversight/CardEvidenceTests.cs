using EGov.Oversight.Cards.Reading;

namespace EGov.UnitTests.Oversight;

public sealed class CardEvidenceTests
{
    [Fact]
    public void Known_keys_are_labelled_in_chinese_and_dates_read_as_chinese_dates()
    {
        var lines = CardEvidence.Read("""{"dueDate":"2026-11-27","stoppedAt":"2026-11-28T07:30:00Z","limitDays":20,"deemed":true}""");

        Assert.Equal(
            [("到期日期", "2026年11月27日"), ("停止时间", "2026年11月28日 15:30"), ("时限（工作日）", "20"), ("deemed", "是")],
            lines.Select(l => (l.Label, l.Value)));
    }

    [Fact]
    public void Evidence_that_is_not_json_is_shown_as_it_is()
    {
        var line = Assert.Single(CardEvidence.Read("超期 3 天"));

        Assert.Equal(("依据", "超期 3 天"), (line.Label, line.Value));
    }

    [Fact]
    public void Empty_evidence_has_no_lines() => Assert.Empty(CardEvidence.Read(" "));
}
