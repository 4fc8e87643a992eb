using EGov.Platform.Attachments;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.UnitTests.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EGov.UnitTests.Attachments;

public sealed class AttachmentStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "egov-attachments-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteTestDb _database = new();
    private readonly RecordingAuditLog _audit = new();
    private static readonly Guid Uploader = Guid.NewGuid();

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private AttachmentStore Store(EGovDbContext db, long maxBytes = 1000) => new(
        db, _audit, Options.Create(new AttachmentOptions { Root = _root, MaxBytes = maxBytes }),
        new FakeTimeProvider(), NullLogger<AttachmentStore>.Instance);

    private async Task<EGov.Platform.Results.Result<AttachmentInfo>> SaveAsync(byte[] content, string name, long maxBytes = 1000)
    {
        await using var db = _database.NewContext();
        var saved = await Store(db, maxBytes).SaveAsync(new MemoryStream(content), name, "application/pdf", AttachmentOwner.Draft(Uploader));
        await db.SaveChangesAsync();
        return saved;
    }

    private string[] StoredFiles() => Directory.Exists(_root) ? Directory.GetFiles(_root, "*", SearchOption.AllDirectories) : [];

    [Fact]
    public async Task Stored_file_has_a_generated_name_in_a_shard_folder_and_its_sm3()
    {
        var saved = (await SaveAsync(TestFiles.Pdf(), "../../../etc/通知.pdf")).Value;

        var file = Assert.Single(StoredFiles());
        var hex = saved.Id.ToString("N");
        Assert.Equal(Path.Combine(Path.GetFullPath(_root), hex[..2], hex), file);
        Assert.Equal(Convert.ToHexStringLower(Sm3.Hash(TestFiles.Pdf())), saved.Sm3);
        Assert.Equal("通知.pdf", saved.OriginalName);
        Assert.Equal(TestFiles.Pdf(), await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task Metadata_is_saved_with_the_callers_unit_of_work()
    {
        var saved = (await SaveAsync(TestFiles.Png(), "图.png")).Value;

        await using var db = _database.NewContext();
        var found = await Store(db).FindAsync(saved.Id);
        Assert.Equal(saved with { CreatedAt = found!.CreatedAt }, found);
        Assert.True(found.IsDraft);
        Assert.Contains(_audit.Records, r => r.Action == "attachments.stored" && r.ObjectId == saved.Id.ToString());
    }

    [Fact]
    public async Task File_over_the_limit_is_refused_and_nothing_is_left_on_disk()
    {
        var result = await SaveAsync([.. TestFiles.Pdf(), .. new byte[1000]], "大文件.pdf");

        Assert.Equal("attachments.too_large", result.Error?.Code);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task Too_large_message_names_the_configured_limit()
    {
        var result = await SaveAsync(new byte[(20 * 1024 * 1024) + 1], "a.pdf", maxBytes: 20 * 1024 * 1024);

        Assert.Equal("文件超过 20 MB", result.Error?.Message);
    }

    [Fact]
    public async Task Refused_type_leaves_nothing_behind()
    {
        var result = await SaveAsync(TestFiles.Exe(), "报告.pdf");

        Assert.Equal("attachments.type_not_allowed", result.Error?.Code);
        Assert.Empty(StoredFiles());
        await using var db = _database.NewContext();
        Assert.False(await db.Set<Attachment>().AnyAsync());
    }

    [Fact]
    public async Task Draft_goes_to_a_case_only_by_its_uploader_and_only_once()
    {
        var saved = (await SaveAsync(TestFiles.Pdf(), "材料.pdf")).Value;
        var owner = new AttachmentOwner("disclosure", "DR-1");

        await using var db = _database.NewContext();
        var store = Store(db);
        Assert.Equal("attachments.not_uploader", (await store.AttachAsync(saved.Id, owner, Guid.NewGuid())).Error?.Code);
        Assert.True((await store.AttachAsync(saved.Id, owner, Uploader)).IsSuccess);
        Assert.Equal("attachments.not_draft", (await store.AttachAsync(saved.Id, owner, Uploader)).Error?.Code);
        await db.SaveChangesAsync();

        await using var reread = _database.NewContext();
        Assert.Equal(("disclosure", "DR-1"), await reread.Set<Attachment>().Select(a => ValueTuple.Create(a.Module, a.CaseId)).SingleAsync());
    }
}
