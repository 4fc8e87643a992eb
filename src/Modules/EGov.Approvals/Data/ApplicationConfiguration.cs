using EGov.Approvals.Domain.Applications;
using EGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Approvals.Data;

/// <summary>PERSONAL DATA: the identity number, phone and address are stored encrypted (SM4-GCM).</summary>
internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("approvals_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Number).HasMaxLength(40);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.Property(a => a.QueryCodeHash).HasMaxLength(64);
        builder.Property(a => a.ItemName).HasMaxLength(200);
        builder.Property(a => a.ApplicantName).HasMaxLength(200);
        builder.Property(a => a.IdentityNumber).HasMaxLength(200).IsPersonalData();
        builder.Property(a => a.LegalRepresentative).HasMaxLength(100);
        builder.Property(a => a.AgentName).HasMaxLength(100);
        builder.Property(a => a.Phone).HasMaxLength(200).IsPersonalData();
        builder.Property(a => a.Email).HasMaxLength(200);
        builder.Property(a => a.Address).HasMaxLength(1000).IsPersonalData();
        builder.Property(a => a.FormData).HasMaxLength(20000);
        builder.Property(a => a.DecisionReason).HasMaxLength(2000);
        builder.Property(a => a.Remedies).HasMaxLength(1000);
        builder.Property(a => a.DeliveryNote).HasMaxLength(500);
        builder.Property(a => a.FeeCharged).HasPrecision(12, 2);
        builder.Property(a => a.ApplicantIndex).HasMaxLength(128);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.DepartmentId, a.State });
        builder.HasIndex(a => a.AccountId);
        builder.HasIndex(a => a.ItemId);
        builder.HasIndex(a => a.ApplicantIndex);
    }
}
