using System.Buffers.Binary;
using EGov.Platform.Identity;
using Microsoft.AspNetCore.Cryptography.KeyDerivation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.UnitTests.Identity;

public sealed class PasswordHashingTests
{
    [Fact]
    public void Hashes_use_pbkdf2_hmac_sha512_with_at_least_120000_iterations()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddIdentityStore(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        var hasher = provider.GetRequiredService<IPasswordHasher<UserAccount>>();

        var hash = Convert.FromBase64String(hasher.HashPassword(new UserAccount(), "Xiling@2026"));

        // Identity V3 format: 0x01, PRF (uint32 BE), iteration count (uint32 BE), salt length, salt, subkey.
        Assert.Equal(0x01, hash[0]);
        Assert.Equal((uint)KeyDerivationPrf.HMACSHA512, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1, 4)));
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)) >= 120_000);
    }
}
