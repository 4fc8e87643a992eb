using EGov.Approvals;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Departments;
using EGov.Platform.Organization.Scope;
using EGov.Platform.PersonalData;
using EGov.Platform.Time;
using EGov.UnitTests.Keys;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EGov.UnitTests.Approvals.Statistics;

/// <summary>The platform and approvals model in an in-memory SQLite database, with builders for a small hand-made data set.</summary>
internal sealed class StatisticsDb : IDisposable
{
    // One key for every instance: one EF model for these tests.
    private static readonly PersonalDataProtector Protector = new(KeyStoreHarness.NewMasterKey());

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public StatisticsDb()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public Guid A { get; } = Guid.NewGuid();
    public Guid B { get; } = Guid.NewGuid();

    public EGovDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<EGovDbContext>().UseSqlite(_connection);
        options.UsePersonalDataProtection(Protector);
        return new EGovDbContext(options.Options, new ModelContributors([new AssemblyModelContributor(typeof(ApprovalsModule).Assembly)]));
    }

    public IOrganizationDirectory Directory => new FixedDirectory([
        new(A, "xlq-a", "甲局", "甲局", DepartmentKind.GovernmentDepartment, null, 1, true),
        new(B, "xlq-b", "乙局", "乙局", DepartmentKind.GovernmentDepartment, null, 1, true)]);

    public static ServiceItem Item(Guid department, ItemStatus status, ItemType type, OnlineDepthLevel level, string codes) => new()
    {
        DepartmentId = department,
        Name = "测试事项",
        ImplementationCode = Guid.NewGuid().ToString("N"),
        Status = status,
        ItemType = type,
        OnlineDepthLevel = level,
        OnlineDepthCodes = codes,
    };

    public static Application Application(Guid department, ApplicationChannel channel, DateOnly received) => new()
    {
        Number = Guid.NewGuid().ToString("N")[..20],
        DepartmentId = department,
        Channel = channel,
        ApplicantName = "测试",
        IdentityNumber = "420502199001011238",
        Phone = "13800000001",
        MaterialsReceivedOn = received,
        SubmittedAt = ChinaTime.StartOfDay(received),
        State = ApplicationState.Submitted,
    };

    public static StatutoryClock Clock(DateOnly due) => new()
    {
        Module = "approvals",
        CaseType = "promised",
        CaseId = Guid.NewGuid().ToString(),
        Title = "测试",
        DueDate = due,
        DueAt = ChinaTime.StartOfDay(due.AddDays(1)),
        State = ClockState.Stopped,
    };

    public static Rating Rating(Guid department, Guid item, int overall, DateOnly day) => new()
    {
        ApplicationId = Guid.NewGuid(),
        DepartmentId = department,
        ItemId = item,
        Overall = overall,
        RatedAt = ChinaTime.StartOfDay(day).AddHours(10),
    };

    public void Dispose() => _connection.Dispose();

    internal sealed class WholeDistrict : IDepartmentScope
    {
        public Task<DepartmentSet> ForPermissionAsync(string permission, CancellationToken cancellationToken = default) => Task.FromResult(DepartmentSet.WholeDistrict);
    }

    private sealed class FixedDirectory(IReadOnlyList<DepartmentInfo> departments) : IOrganizationDirectory
    {
        public Task<DepartmentInfo?> FindAsync(Guid id, CancellationToken cancellationToken = default) => Task.FromResult(departments.FirstOrDefault(d => d.Id == id));

        public Task<DepartmentInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default) => Task.FromResult(departments.FirstOrDefault(d => d.Code == code));

        public Task<IReadOnlyList<DepartmentInfo>> TreeAsync(CancellationToken cancellationToken = default) => Task.FromResult(departments);
    }
}
