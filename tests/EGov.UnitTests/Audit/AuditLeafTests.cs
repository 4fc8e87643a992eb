using EGov.Platform.Audit;

namespace EGov.UnitTests.Audit;

public sealed class AuditLeafTests
{
    private static AuditEntry Entry() => new()
    {
        Time = new DateTime(2026, 11, 28, 8, 30, 15, DateTimeKind.Utc).AddTicks(1234560),
        UserId = "u-1",
        UserName = "张三",
        DepartmentId = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"),
        DepartmentName = "区政府办公室",
        Ip = "10.0.0.8",
        Action = "calendar.year_imported",
        ObjectType = "Year",
        ObjectId = "2026",
        Outcome = AuditOutcome.Success,
        Detail = "{\"days\":365}",
        RequestId = "req-1",
    };

    [Fact]
    public void Leaf_is_the_version_tag_then_length_prefixed_utf8_fields_in_fixed_order()
    {
        var entry = new AuditEntry { Time = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), UserId = "system", UserName = "系统", Action = "a.b", Outcome = AuditOutcome.Denied };

        var leaf = AuditLeaf.Serialize(entry, 7);

        byte[] expected =
        [
            .. Field("egov-audit-leaf/1"), .. Field("7"), .. Field("2026-01-02T03:04:05.000000Z"), .. Field("system"),
            .. Field("系统"), .. Null, .. Null, .. Null, .. Field("a.b"), .. Null, .. Null, .. Field("Denied"), .. Null, .. Null,
        ];
        Assert.Equal(expected, leaf);
    }

    [Fact]
    public void Every_field_and_the_sequence_change_the_leaf_hash()
    {
        var original = AuditLeaf.Hash(Entry(), 3);
        Assert.NotEqual(original, AuditLeaf.Hash(Entry(), 4));
        var changes = new Action<AuditEntry>[]
        {
            e => e.Time = e.Time.AddTicks(10), e => e.UserId = "u-2", e => e.UserName = "李四", e => e.DepartmentId = null,
            e => e.DepartmentName = null, e => e.Ip = "10.0.0.9", e => e.Action = "calendar.other", e => e.ObjectType = "Day",
            e => e.ObjectId = "2027", e => e.Outcome = AuditOutcome.Failure, e => e.Detail = "", e => e.RequestId = null,
        };
        foreach (var change in changes)
        {
            var entry = Entry();
            change(entry);
            Assert.NotEqual(original, AuditLeaf.Hash(entry, 3));
        }
    }

    [Fact]
    public void Moving_text_between_adjacent_fields_changes_the_leaf()
    {
        var a = Entry();
        a.ObjectType = "Ye";
        a.ObjectId = "ar2026";
        Assert.NotEqual(AuditLeaf.Serialize(Entry(), 1), AuditLeaf.Serialize(a, 1));
    }

    [Fact]
    public void Time_is_kept_to_the_microsecond_that_both_databases_store()
    {
        var time = new DateTime(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc).AddTicks(1234567);
        Assert.Equal(time.AddTicks(-7), AuditLeaf.Truncate(time));
        Assert.Equal("2026-11-28T00:00:00.123456Z", AuditLeaf.FormatTime(time));
    }

    private static readonly byte[] Null = [0xFF, 0xFF, 0xFF, 0xFF];

    private static byte[] Field(string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        return [0, 0, (byte)(bytes.Length >> 8), (byte)bytes.Length, .. bytes];
    }
}
