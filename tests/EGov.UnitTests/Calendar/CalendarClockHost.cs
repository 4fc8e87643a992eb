using EGov.Platform.Audit;
using EGov.Platform.Calendar;
using EGov.Platform.Calendar.Admin;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EGov.UnitTests.Calendar;

/// <summary>The calendar and clock services over an in-memory SQLite database, a fake clock and a recording audit log.</summary>
internal sealed class CalendarClockHost : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    public CalendarClockHost(DateOnly today, Dictionary<string, string?>? settings = null)
    {
        _connection.Open();
        Time = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IAuditLog>(Audit)
            .AddSingleton(new ModelContributors([]))
            .AddDbContext<EGovDbContext>(o => o.UseSqlite(_connection));
        services.AddCalendar();
        services.AddClocks(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _scope = _services.CreateAsyncScope();
        Db.Database.EnsureCreated();
    }

    public FakeTimeProvider Time { get; }
    public RecordingAuditLog Audit { get; } = new();
    public EGovDbContext Db => _scope.ServiceProvider.GetRequiredService<EGovDbContext>();
    public WorkingDayCalendar Calendar => _services.GetRequiredService<WorkingDayCalendar>();
    public ClockService Clocks => _scope.ServiceProvider.GetRequiredService<ClockService>();
    public CalendarAdministration Administration => _scope.ServiceProvider.GetRequiredService<CalendarAdministration>();

    /// <summary>Moves the fake clock to 09:00 on <paramref name="day"/> in China.</summary>
    public void SetToday(DateOnly day) => Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));

    /// <summary>A second unit of work, as another request would have.</summary>
    public AsyncServiceScope NewScope() => _services.CreateAsyncScope();

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
        _connection.Dispose();
    }
}

internal sealed class RecordingAuditLog : IAuditLog
{
    public List<AuditRecord> Records { get; } = [];

    public IEnumerable<string> Actions => Records.Select(r => r.Action);

    public void Record(AuditRecord record) => Records.Add(record);

    public Task RecordNowAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        Records.Add(record);
        return Task.CompletedTask;
    }
}
