using EGov.Disclosure.Domain.Requests;
using EGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Disclosure.Data;

/// <summary>PERSONAL DATA: the identity number, phone and address are stored encrypted (SM4-GCM).</summary>
internal sealed class RequestConfiguration : IEntityTypeConfiguration<DisclosureRequest>
{
    public void Configure(EntityTypeBuilder<DisclosureRequest> builder)
    {
        builder.ToTable("disclosure_requests");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.Number).HasMaxLength(40);
        builder.Property(r => r.QueryCodeHash).HasMaxLength(64);
        builder.Property(r => r.ApplicantName).HasMaxLength(200);
        builder.Property(r => r.IdentityDocumentKind).HasMaxLength(40);
        builder.Property(r => r.IdentityNumber).HasMaxLength(200).IsPersonalData();
        builder.Property(r => r.LegalRepresentative).HasMaxLength(100);
        builder.Property(r => r.ContactName).HasMaxLength(100);
        builder.Property(r => r.Phone).HasMaxLength(200).IsPersonalData();
        builder.Property(r => r.Email).HasMaxLength(200);
        builder.Property(r => r.Address).HasMaxLength(1000).IsPersonalData();
        builder.Property(r => r.PostalCode).HasMaxLength(10);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.OriginalDescription).HasMaxLength(4000);
        builder.Property(r => r.ConfirmationNote).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();

        builder.HasIndex(r => new { r.HandlingDepartmentId, r.State });
        builder.HasIndex(r => r.AccountId);
        builder.Property(r => r.ApplicantIndex).HasMaxLength(128);
        builder.HasIndex(r => new { r.ApplicantIndex, r.ReceivedOn });
        // The annual report: received and concluded per agency and year.
        builder.HasIndex(r => new { r.AgencyId, r.ReceivedOn });
        builder.HasIndex(r => new { r.AgencyId, r.ConcludedOn });
    }
}
