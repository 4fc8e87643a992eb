using EGov.Approvals.Domain.Ratings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Approvals.Data;

internal sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> builder)
    {
        builder.ToTable("approvals_ratings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Dimensions).HasMaxLength(1000);
        builder.Property(r => r.Comment).HasMaxLength(2000);

        // 一事一评 / 一次一评: one rating per application and channel.
        builder.HasIndex(r => new { r.ApplicationId, r.Channel }).IsUnique();
        builder.HasIndex(r => new { r.DepartmentId, r.RatedAt });
        builder.HasIndex(r => new { r.ItemId, r.RatedAt });
    }
}

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> builder)
    {
        builder.ToTable("approvals_rectifications");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.RatingId).IsUnique();
        builder.Property(r => r.CallBackNote).HasMaxLength(2000);
        builder.Property(r => r.Outcome).HasMaxLength(4000);
        builder.Property(r => r.FeedbackComment).HasMaxLength(2000);
        builder.Property(r => r.AppealReason).HasMaxLength(2000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.DepartmentId, r.State });
        builder.Property(r => r.CallBackMethod).HasMaxLength(20);
        builder.Property(r => r.AppealDecision).HasMaxLength(2000);
    }
}
