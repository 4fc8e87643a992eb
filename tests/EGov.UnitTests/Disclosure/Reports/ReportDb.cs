using EGov.Disclosure;
using EGov.Disclosure.Domain.Catalog;
using EGov.Disclosure.Domain.Disputes;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Reports.Computation;
using EGov.Disclosure.Reports.Tables;
using EGov.Platform.Data;
using EGov.Platform.PersonalData;
using EGov.UnitTests.Keys;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EGov.UnitTests.Disclosure.Reports;

/// <summary>The platform and disclosure model in an open in-memory SQLite database, with builders for hand-made report data.</summary>
internal sealed class ReportDb : IDisposable
{
    // One key for every instance: one EF model for these tests.
    private static readonly PersonalDataProtector Protector = new(KeyStoreHarness.NewMasterKey());

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ReportDb()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public Guid Agency { get; } = Guid.NewGuid();

    public EGovDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<EGovDbContext>().UseSqlite(_connection);
        options.UsePersonalDataProtection(Protector);
        return new EGovDbContext(options.Options, new ModelContributors([new AssemblyModelContributor(typeof(DisclosureModule).Assembly)]));
    }

    public DisclosureRequest Request(ApplicantType type, DateOnly? received, DateOnly? concluded = null, ReplyOutcome? outcome = null, Guid? agency = null) => new()
    {
        Number = $"T{Guid.NewGuid():N}",
        AgencyId = agency ?? Agency,
        HandlingDepartmentId = agency ?? Agency,
        ApplicantType = type,
        ApplicantName = "测试",
        IdentityNumber = "420502199001011237",
        Phone = "13900000000",
        Channel = RequestChannel.InPerson,
        SubmittedAt = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc),
        ReceivedOn = received,
        ConcludedOn = concluded,
        Outcome = outcome,
        State = concluded is null ? RequestState.Handling : RequestState.Archived,
    };

    public DisclosureDispute Dispute(DisputeKind kind, DateOnly filed, DisputeResult result, DateOnly? decided = null)
        => new() { AgencyId = Agency, RequestId = Guid.NewGuid(), Kind = kind, FiledOn = filed, Result = result, DecidedOn = decided, Authority = "测试" };

    public CatalogItem Item(RegulatoryKind kind, DateOnly generated, InformationValidity validity = InformationValidity.Valid, DateOnly? changed = null)
        => new() { AgencyId = Agency, IndexNumber = $"T/{Guid.NewGuid():N}", Title = "测试文件", RegulatoryKind = kind, GeneratedOn = generated, Validity = validity, ValidityChangedOn = changed };

    public async Task AddAsync(params object[] entities)
    {
        await using var db = NewContext();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    public async Task<ReportTables> ReportAsync(int year = 2025, ManualFigures? figures = null)
    {
        await using var db = NewContext();
        return await new ReportCalculator(db).ComputeAsync(Agency, year, figures ?? ManualFigures.None);
    }

    public void Dispose() => _connection.Dispose();
}
