using EGov.Approvals.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Approvals.Data;

internal sealed class ServiceItemConfiguration : IEntityTypeConfiguration<ServiceItem>
{
    public void Configure(EntityTypeBuilder<ServiceItem> builder)
    {
        builder.ToTable("approvals_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.BasicCode).HasMaxLength(60);
        builder.Property(i => i.ImplementationCode).HasMaxLength(60);
        builder.HasIndex(i => i.ImplementationCode).IsUnique();
        builder.Property(i => i.LegalBasis).HasMaxLength(4000);
        builder.Property(i => i.Conditions).HasMaxLength(4000);
        builder.Property(i => i.QuantityLimit).HasMaxLength(500);
        builder.Property(i => i.StatutoryLimitNote).HasMaxLength(500);
        builder.Property(i => i.PromisedLimitNote).HasMaxLength(500);
        builder.Property(i => i.FeeBasis).HasMaxLength(2000);
        builder.Property(i => i.Location).HasMaxLength(500);
        builder.Property(i => i.OfficeHours).HasMaxLength(500);
        builder.Property(i => i.Directions).HasMaxLength(1000);
        builder.Property(i => i.ConsultPhone).HasMaxLength(40);
        builder.Property(i => i.ComplaintPhone).HasMaxLength(40);
        builder.Property(i => i.OnlineDepthCodes).HasMaxLength(40);
        builder.Property(i => i.OnSiteReason).HasMaxLength(1000);
        builder.Property(i => i.ResultName).HasMaxLength(200);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.OwnsMany(i => i.FeeItems, f => f.ToJson("fee_items"));
        builder.OwnsMany(i => i.Faq, f => f.ToJson("faq"));
        builder.HasMany(i => i.Materials).WithOne().HasForeignKey(m => m.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Steps).WithOne().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Fields).WithOne().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.DepartmentId, i.Status });
    }
}
