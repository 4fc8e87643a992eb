using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Numbering;

/// <summary>One gap-free sequence, e.g. <c>documents:西政发:2026</c>; changed only by <see cref="NumberingService"/>'s atomic UPDATE.</summary>
internal sealed class Sequence
{
    public string Key { get; set; } = "";
    public long LastValue { get; set; }
    public long Version { get; set; }
}

internal sealed class SequenceConfiguration : IEntityTypeConfiguration<Sequence>
{
    public const string Table = "plat_sequences";

    public void Configure(EntityTypeBuilder<Sequence> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
