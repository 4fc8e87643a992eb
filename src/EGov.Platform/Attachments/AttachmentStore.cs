using EGov.Platform.Audit;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Attachments;

internal sealed partial class AttachmentStore(
    EGovDbContext db,
    IAuditLog audit,
    IOptions<AttachmentOptions> options,
    TimeProvider time,
    ILogger<AttachmentStore> logger) : IAttachmentStore
{
    private readonly AttachmentOptions _options = options.Value;
    private readonly AttachmentPaths _paths = new(options.Value.Root);

    public async Task<Result<AttachmentInfo>> SaveAsync(Stream content, string originalFileName, string? declaredContentType, AttachmentOwner owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(owner);
        var id = Guid.NewGuid();
        var temporary = _paths.TemporaryFileOf(id);
        Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
        try
        {
            var checkedFile = await WriteAndCheckAsync(content, temporary, originalFileName, cancellationToken);
            if (!checkedFile.IsSuccess)
            {
                LogRefused(logger, checkedFile.Error!.Code, declaredContentType);
                return checkedFile.Error!;
            }

            var (type, size, sm3) = checkedFile.Value;
            var final = _paths.FileOf(id);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            File.Move(temporary, final);
            var attachment = new Attachment
            {
                Id = id,
                Module = owner.Module,
                CaseId = owner.CaseId,
                OriginalName = AttachmentFileName.Sanitize(originalFileName, type),
                ContentType = type.ContentType,
                Size = size,
                Sm3 = sm3,
                IsPublic = owner.IsPublic,
                UploadedBy = owner.UploadedBy,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            db.Set<Attachment>().Add(attachment);
            audit.Record(new AuditRecord("attachments.stored", nameof(Attachment), id.ToString(), AuditOutcome.Success,
                $"{owner.Module}/{owner.CaseId} {type.ContentType} {size} SM3={sm3}"));
            return attachment.ToInfo();
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<Result> AttachAsync(Guid attachmentId, AttachmentOwner owner, Guid actingUserId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var attachment = await db.Set<Attachment>().FindAsync([attachmentId], cancellationToken);
        if (attachment is null)
        {
            return AttachmentErrors.NotFound;
        }

        if (attachment.Module != AttachmentOwner.DraftModule || owner.Module == AttachmentOwner.DraftModule)
        {
            return AttachmentErrors.NotDraft;
        }

        if (attachment.UploadedBy != actingUserId)
        {
            return AttachmentErrors.NotUploader;
        }

        attachment.Module = owner.Module;
        attachment.CaseId = owner.CaseId;
        attachment.IsPublic = owner.IsPublic;
        attachment.Version++;
        audit.Record(new AuditRecord("attachments.attached", nameof(Attachment), attachmentId.ToString(), AuditOutcome.Success, $"{owner.Module}/{owner.CaseId}"));
        return Result.Success();
    }

    public async Task<Result> SetPublicAsync(Guid attachmentId, bool isPublic, CancellationToken cancellationToken = default)
    {
        var attachment = await db.Set<Attachment>().FindAsync([attachmentId], cancellationToken);
        if (attachment is null)
        {
            return AttachmentErrors.NotFound;
        }

        attachment.IsPublic = isPublic;
        attachment.Version++;
        audit.Record(new AuditRecord(isPublic ? "attachments.made_public" : "attachments.made_private", nameof(Attachment), attachmentId.ToString(), AuditOutcome.Success));
        return Result.Success();
    }

    public async Task<AttachmentInfo?> FindAsync(Guid attachmentId, CancellationToken cancellationToken = default)
        => (await db.Set<Attachment>().FindAsync([attachmentId], cancellationToken))?.ToInfo();

    public Stream OpenRead(AttachmentInfo attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return new FileStream(_paths.FileOf(attachment.Id), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
    }

    private async Task<Result<(AttachmentType Type, long Size, string Sm3)>> WriteAndCheckAsync(
        Stream content, string temporary, string originalFileName, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
        var size = await CopyAtMostAsync(content, file, _options.MaxBytes + 1, cancellationToken);
        if (size > _options.MaxBytes)
        {
            return AttachmentErrors.TooLarge(_options.MaxBytes);
        }

        if (size == 0)
        {
            return AttachmentErrors.Empty;
        }

        var type = ContentSniffer.Detect(file, originalFileName, _options);
        if (!type.IsSuccess)
        {
            return type.Error!;
        }

        file.Position = 0;
        return (type.Value, size, Convert.ToHexStringLower(Sm3.Hash(file)));
    }

    /// <summary>Copies no more than <paramref name="limit"/> bytes, so an endless upload never fills the disk.</summary>
    private static async Task<long> CopyAtMostAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total < limit && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - total)), cancellationToken)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            total += read;
        }

        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Attachment refused: {Code} (declared content type {DeclaredContentType})")]
    private static partial void LogRefused(ILogger logger, string code, string? declaredContentType);
}
