using System.Text.Json;
using EGov.Platform.Audit;
using EGov.Platform.Calendar.Data;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Calendar.Admin;

/// <summary>
/// Imports and corrects holiday years (system administrator, <see cref="CalendarPermissions.Manage"/>).
/// A year in the database replaces the shipped one; every change is audited in the same SaveChanges.
/// </summary>
internal sealed class CalendarAdministration(EGovDbContext db, IAuditLog audit, WorkingDayCalendar calendar, ClockService clocks, TimeProvider time)
{
    /// <param name="userName">For the audit entry when no user is signed in (the command line).</param>
    public async Task<Result<HolidayYear>> ImportAsync(string json, string? userName, CancellationToken cancellationToken)
    {
        var read = HolidayYearReader.Read(json);
        if (!read.IsSuccess)
        {
            return read;
        }

        var year = read.Value;
        var stored = await db.Set<CalendarYear>().Include(y => y.Days).SingleOrDefaultAsync(y => y.Year == year.Year, cancellationToken);
        if (stored is null)
        {
            stored = new CalendarYear { Year = year.Year };
            db.Add(stored);
        }

        stored.Notice = year.Notice;
        Replace(stored, year.Days);
        Touch(stored);
        var detail = JsonSerializer.Serialize(new { year = year.Year, notice = year.Notice, days = year.Days.Count });
        audit.Record(new AuditRecord("calendar.year_imported", nameof(CalendarYear), year.Year.ToString(), AuditOutcome.Success, detail) { UserName = userName });
        return await SaveAsync(year.Year, cancellationToken) is { } conflict ? conflict : year;
    }

    /// <param name="expectedVersion">The year's version the editor saw (null when the year came from the shipped file).</param>
    public async Task<Result> CorrectDayAsync(DayCorrection correction, long? expectedVersion, CancellationToken cancellationToken)
    {
        var year = correction.Date.Year;
        var stored = await db.Set<CalendarYear>().Include(y => y.Days).SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
        if (stored is not null && stored.Version != expectedVersion)
        {
            return Conflict(year);
        }

        if (stored is null)
        {
            if (EmbeddedHolidays.All.FirstOrDefault(y => y.Year == year) is not { } shipped)
            {
                return Error.Validation("calendar.year_unknown", $"{year} 年还没有节假日安排，请先导入全年数据再更正单日");
            }

            stored = new CalendarYear { Year = year, Notice = shipped.Notice };
            stored.Days.AddRange(shipped.Days.Select(d => new CalendarDay { Date = d.Date, Year = year, Name = d.Name, IsOffDay = d.IsOffDay }));
            db.Add(stored);
        }

        var name = correction.Name?.Trim() ?? "";
        if (correction.Kind != CorrectedKind.Normal)
        {
            var problems = HolidayYearValidator.Check(year, new HolidayEntry(name, correction.Date, correction.Kind == CorrectedKind.OffDay)).ToList();
            if (problems.Count > 0)
            {
                return Error.Validation("calendar.day_invalid", string.Join("；", problems));
            }
        }

        var previous = stored.Days.SingleOrDefault(d => d.Date == correction.Date);
        var before = previous is null ? "无安排" : $"{(previous.IsOffDay ? "放假" : "调休上班")}（{previous.Name}）";
        var others = stored.Days.Where(d => d.Date != correction.Date).Select(d => new HolidayEntry(d.Name, d.Date, d.IsOffDay));
        Replace(stored, correction.Kind == CorrectedKind.Normal
            ? [.. others]
            : [.. others, new HolidayEntry(name, correction.Date, correction.Kind == CorrectedKind.OffDay)]);
        Touch(stored);
        var detail = JsonSerializer.Serialize(new { date = correction.Date, kind = correction.Kind.ToString(), name, before });
        audit.Record(new AuditRecord("calendar.day_corrected", nameof(CalendarYear), year.ToString(), AuditOutcome.Success, detail));
        return await SaveAsync(year, cancellationToken) is { } conflict ? conflict : Result.Success();
    }

    /// <summary>The year as stored by an administrator, or null when it comes from the shipped file or has no data.</summary>
    public Task<CalendarYear?> FindStoredAsync(int year, CancellationToken cancellationToken)
        => db.Set<CalendarYear>().AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, cancellationToken);

    /// <summary>Updates the stored days in place (deleting and re-adding the same key in one unit of work is not allowed).</summary>
    private static void Replace(CalendarYear stored, IReadOnlyCollection<HolidayEntry> days)
    {
        var wanted = days.ToDictionary(d => d.Date);
        stored.Days.RemoveAll(d => !wanted.ContainsKey(d.Date));
        foreach (var day in days)
        {
            if (stored.Days.Find(d => d.Date == day.Date) is { } existing)
            {
                existing.Name = day.Name;
                existing.IsOffDay = day.IsOffDay;
            }
            else
            {
                stored.Days.Add(new CalendarDay { Date = day.Date, Year = stored.Year, Name = day.Name, IsOffDay = day.IsOffDay });
            }
        }
    }

    private void Touch(CalendarYear year)
    {
        year.Version++;
        year.ChangedAt = time.GetUtcNow().UtcDateTime;
    }

    private async Task<Error?> SaveAsync(int year, CancellationToken cancellationToken)
    {
        var creating = db.ChangeTracker.Entries<CalendarYear>().Any(e => e.State == EntityState.Added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(year);
        }
        catch (DbUpdateException) when (creating)
        {
            // Another administrator stored the same year between our read and our insert; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (await db.Set<CalendarYear>().AnyAsync(y => y.Year == year, cancellationToken))
            {
                return Conflict(year);
            }

            throw;
        }

        calendar.Invalidate();
        // Deadlines follow the corrected calendar: open clocks across this year get new due dates.
        await clocks.RecomputeForYearAsync(year, cancellationToken);
        return null;
    }

    private static Error Conflict(int year)
        => Error.Conflict("calendar.year_changed", $"{year} 年的日历已被他人修改，请刷新页面后重新操作");
}
