using System.Security.Claims;
using EGov.Platform.Attachments;

namespace EGov.UnitTests.Attachments;

public class AttachmentAccessTests
{
    private static readonly Guid Uploader = Guid.NewGuid();

    private static AttachmentInfo File(string module, bool isPublic = false)
        => new(Guid.NewGuid(), module, "C-1", "a.pdf", "application/pdf", 10, "00", isPublic, Uploader, DateTime.UtcNow);

    private static ClaimsPrincipal SignedIn(Guid id)
        => new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString())], "test"));

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    private sealed class AllowAll(string module) : IAttachmentAccessPolicy
    {
        public string Module => module;

        public Task<bool> CanReadAsync(ClaimsPrincipal user, AttachmentInfo attachment, CancellationToken cancellationToken) => Task.FromResult(true);
    }

    [Fact]
    public async Task Module_without_a_policy_denies_everyone()
        => Assert.False(await new AttachmentAccess([new AllowAll("portal")]).CanReadAsync(SignedIn(Uploader), File("disclosure"), default));

    [Fact]
    public async Task Module_policy_decides_for_its_own_files()
        => Assert.True(await new AttachmentAccess([new AllowAll("disclosure")]).CanReadAsync(SignedIn(Guid.NewGuid()), File("disclosure"), default));

    [Fact]
    public async Task Anonymous_reads_only_public_files()
    {
        var access = new AttachmentAccess([new AllowAll("disclosure")]);

        Assert.False(await access.CanReadAsync(Anonymous, File("disclosure"), default));
        Assert.True(await access.CanReadAsync(Anonymous, File("disclosure", isPublic: true), default));
    }

    [Fact]
    public async Task Draft_is_readable_by_its_uploader_only()
    {
        var access = new AttachmentAccess([]);
        var draft = File(AttachmentOwner.DraftModule);

        Assert.True(await access.CanReadAsync(SignedIn(Uploader), draft, default));
        Assert.False(await access.CanReadAsync(SignedIn(Guid.NewGuid()), draft, default));
    }
}
