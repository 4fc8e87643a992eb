using EGov.Platform.Audit;

namespace EGov.UnitTests.Audit;

public sealed class CheckpointTextTests
{
    [Fact]
    public void Signed_text_is_tag_size_root_and_time_on_separate_lines()
    {
        var root = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var text = AuditCheckpoint.SignedText(1000, root, new DateTime(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc));

        Assert.Equal(
            "egov-audit\n1000\n000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n2026-11-28T02:00:00.000000Z",
            System.Text.Encoding.UTF8.GetString(text));
    }
}
