using EGov.Platform.Data;
using EGov.Platform.Keys;
using EGov.Platform.PersonalData;
using EGov.UnitTests.Keys;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.UnitTests.PersonalData;

public sealed class PersonalDataStorageTests : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");

    public PersonalDataStorageTests() => _connection.Open();

    [Fact]
    public async Task Marked_properties_are_stored_encrypted_and_read_back_in_clear()
    {
        var protector = new PersonalDataProtector(KeyStoreHarness.NewMasterKey());
        await using (var db = Context(protector))
        {
            db.Add(new Resident { Id = 1, ResidentId = "420502199001011234", Phone = "13812345678", ResidentIdIndex = protector.BlindIndex("420502199001011234") });
            await db.SaveChangesAsync();
        }

        var stored = await RawAsync("SELECT ResidentId || '|' || Phone FROM test_residents");
        await using var reader = Context(protector);
        var resident = await reader.Set<Resident>().SingleAsync();

        Assert.All(stored.Split('|'), v => Assert.StartsWith("v1:", v, StringComparison.Ordinal));
        Assert.DoesNotContain("4205", stored, StringComparison.Ordinal);
        Assert.Equal(("420502199001011234", "13812345678"), (resident.ResidentId, resident.Phone));
        Assert.Equal("420502199001011234", protector.Unprotect(stored.Split('|')[0], "UserAccount.ResidentId"));
        Assert.Equal("13812345678", protector.Unprotect(stored.Split('|')[1], "Resident.Phone"));
    }

    [Fact]
    public async Task Blind_index_finds_a_row_without_decrypting_the_others()
    {
        var protector = new PersonalDataProtector(KeyStoreHarness.NewMasterKey());
        await using var db = Context(protector);
        db.AddRange(
            new Resident { Id = 1, ResidentId = "420502199001011234", Phone = "13800000001", ResidentIdIndex = protector.BlindIndex("420502199001011234") },
            new Resident { Id = 2, ResidentId = "42050219850505123X", Phone = "13800000002", ResidentIdIndex = protector.BlindIndex("42050219850505123X") });
        await db.SaveChangesAsync();

        var index = protector.BlindIndex("42050219850505123x");
        var found = await db.Set<Resident>().Where(r => r.ResidentIdIndex == index).Select(r => r.Id).SingleAsync();

        Assert.Equal(2, found);
    }

    [Fact]
    public async Task Null_stays_null()
    {
        var protector = new PersonalDataProtector(KeyStoreHarness.NewMasterKey());
        await using (var db = Context(protector))
        {
            db.Add(new Resident { Id = 1, ResidentId = null, Phone = "13812345678" });
            await db.SaveChangesAsync();
        }

        Assert.Equal("null", await RawAsync("SELECT coalesce(ResidentId, 'null') FROM test_residents"));
    }

    [Fact]
    public async Task Context_without_personal_data_protection_refuses_instead_of_storing_plaintext()
    {
        // A private model cache: EF keys cached models by context type only, and this model differs from other tests'.
        using var modelCache = new MemoryCache(new MemoryCacheOptions());
        var options = new DbContextOptionsBuilder<EGovDbContext>().UseSqlite(_connection).UseMemoryCache(modelCache).Options;
        await using var db = new EGovDbContext(options, new ModelContributors([new ResidentModel()]));
        await db.Database.EnsureCreatedAsync();
        db.Add(new Resident { Id = 1, ResidentId = "420502199001011234", Phone = "13812345678" });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Equal(0L, await CountAsync());
    }

    [Fact]
    public async Task Contexts_with_different_master_keys_in_one_process_each_use_their_own_key()
    {
        using var otherConnection = new SqliteConnection("DataSource=:memory:");
        otherConnection.Open();
        var first = new PersonalDataProtector(KeyStoreHarness.NewMasterKey());
        var second = new PersonalDataProtector(KeyStoreHarness.NewMasterKey());
        await using (var db = Context(first))
        {
            db.Add(new Resident { Id = 1, Phone = "13800000001" });
            await db.SaveChangesAsync();
        }

        await using (var db = Context(second, otherConnection))
        {
            db.Add(new Resident { Id = 1, Phone = "13800000002" });
            await db.SaveChangesAsync();
        }

        await using var firstReader = Context(first);
        await using var secondReader = Context(second, otherConnection);
        Assert.Equal("13800000001", (await firstReader.Set<Resident>().SingleAsync()).Phone);
        Assert.Equal("13800000002", (await secondReader.Set<Resident>().SingleAsync()).Phone);
    }

    [Fact]
    public async Task Registration_configures_the_platform_context_for_personal_data()
    {
        var services = new ServiceCollection();
        services.AddSingleton(KeyStoreHarness.NewMasterKey());
        services.AddSingleton(new ModelContributors([new ResidentModel()]));
        services.AddDbContext<EGovDbContext>(o => o.UseSqlite(_connection));
        services.AddPersonalData();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        await db.Database.EnsureCreatedAsync();

        db.Add(new Resident { Id = 1, Phone = "13812345678" });
        await db.SaveChangesAsync();

        var stored = await RawAsync("SELECT Phone FROM test_residents");
        Assert.Equal("13812345678", provider.GetRequiredService<IPersonalDataProtector>().Unprotect(stored, "Resident.Phone"));
    }

    public void Dispose() => _connection.Dispose();

    private EGovDbContext Context(PersonalDataProtector protector, SqliteConnection? connection = null)
    {
        var options = new DbContextOptionsBuilder<EGovDbContext>().UseSqlite(connection ?? _connection);
        options.UsePersonalDataProtection(protector);
        var db = new EGovDbContext(options.Options, new ModelContributors([new ResidentModel()]));
        db.Database.EnsureCreated();
        return db;
    }

    private async Task<long> CountAsync()
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM test_residents";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<string> RawAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private sealed class Resident
    {
        public int Id { get; set; }
        public string? ResidentId { get; set; }
        public string Phone { get; set; } = "";
        public string? ResidentIdIndex { get; set; }
    }

    private sealed class ResidentModel : IModelContributor
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<Resident>(b =>
        {
            b.ToTable("test_residents");
            b.Property(r => r.ResidentId).IsPersonalData("UserAccount.ResidentId");
            b.Property(r => r.Phone).IsPersonalData();
            b.HasIndex(r => r.ResidentIdIndex);
        });
    }
}
