using System.Text.Json;
using EGov.Platform.Audit;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Keys;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Departments;
using EGov.Platform.Results;
using EGov.Platform.Time;
using EGov.Security.Seals.Pictures;
using Microsoft.EntityFrameworkCore;

namespace EGov.Security.Seals.Registry;

/// <summary>
/// 制作印章: a new seal for an agency with its own SM2 key (owner <c>seal:&lt;code&gt;</c>, certificate from the
/// platform's CA), its picture (uploaded PNG or the drawn round seal) and the SESeal the platform signs. The key is
/// created by the key store in a unit of work of its own, before the seal is saved.
/// </summary>
internal sealed class CreateSealHandler(
    EGovDbContext db, IOrganizationDirectory organization, IKeyStore keys, SealMaker maker, SealPainter painter, IAuditLog audit, TimeProvider time)
{
    /// <summary>42 mm: the usual diameter of a district-level organ's seal (local practice, UNCONFIRMED).</summary>
    public const int DefaultSizeMm = 42;

    public async Task<Result<SealView>> CreateAsync(SealInput input, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await organization.FindAsync(input.DepartmentId, cancellationToken) is not { IsActive: true } department)
        {
            return SealErrors.Invalid("departmentId", "请选择一个在用的单位");
        }

        var name = string.IsNullOrWhiteSpace(input.Name) ? department.Name : input.Name.Trim();
        if (SealInputCheck.Check(name, input.ValidFrom, input.ValidUntil, ChinaTime.Today(time)) is { } invalid)
        {
            return invalid;
        }

        Result<byte[]> picture = input.Picture is null ? painter.Paint(name) : SealPictureCheck.Check(input.Picture);
        if (picture.Error is { } pictureError)
        {
            return pictureError;
        }

        var code = await NextCodeAsync(department, cancellationToken);
        var key = await keys.GetSigningKeyAsync("seal:" + code, cancellationToken);
        var (from, until) = (input.ValidFrom!.Value, input.ValidUntil!.Value);
        var sesSeal = await maker.MakeAsync(code, name, picture.Value, DefaultSizeMm, key.CertificateDer, from, until, cancellationToken);
        var seal = new ESeal
        {
            Id = Guid.NewGuid(),
            Code = code,
            DepartmentId = department.Id,
            Name = name,
            Picture = picture.Value,
            SizeMm = DefaultSizeMm,
            KeyOwner = key.Owner,
            KeyId = key.KeyId,
            Certificate = key.CertificateDer,
            CertificateSm3 = Sm3.HashHex(key.CertificateDer),
            SealData = sesSeal.ToDer(),
            ValidFrom = from,
            ValidUntil = until,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedBy = userName,
        };
        db.Add(seal);
        var detail = JsonSerializer.Serialize(new { seal.Code, seal.Name, department = department.Code, seal.KeyId, from, until, uploaded = input.Picture is not null });
        audit.Record(new AuditRecord("security.seal.created", nameof(ESeal), seal.Id.ToString(), AuditOutcome.Success, detail));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator made a seal of the same agency at the same moment and took the code.
            db.ChangeTracker.Clear();
            return SealErrors.Changed(name);
        }

        return SealView.Of(seal, department.Name);
    }

    private async Task<string> NextCodeAsync(DepartmentInfo department, CancellationToken cancellationToken)
    {
        var count = await db.Set<ESeal>().CountAsync(s => s.DepartmentId == department.Id, cancellationToken);
        return $"{department.Code}-{count + 1:D2}";
    }
}
