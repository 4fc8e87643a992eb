using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.Inbox;

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> builder)
    {
        builder.ToTable("plat_work_items");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Module).HasMaxLength(40);
        builder.Property(w => w.Kind).HasMaxLength(80);
        builder.Property(w => w.Title).HasMaxLength(300);
        builder.Property(w => w.Url).HasMaxLength(500);
        builder.Property(w => w.CaseId).HasMaxLength(80);
        builder.Property(w => w.AssigneePermission).HasMaxLength(100);
        builder.HasIndex(w => new { w.AssigneeUserId, w.CompletedAt });
        builder.HasIndex(w => new { w.AssigneeDepartmentId, w.CompletedAt });
        builder.HasIndex(w => new { w.Module, w.CaseId });
    }
}
