using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Calendar.Data;

/// <summary>The shipped holiday years, each replaced by the administrator's version where the database has one.</summary>
internal sealed class CalendarSource(IServiceScopeFactory scopes)
{
    public IReadOnlyCollection<HolidayYear> Load()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        // Synchronous on purpose: it runs rarely (after a change or when the cache ages) inside a synchronous look-up.
        var corrected = db.Set<CalendarYear>().AsNoTracking().Include(y => y.Days).ToList();
        var years = EmbeddedHolidays.All.ToDictionary(y => y.Year);
        foreach (var year in corrected)
        {
            years[year.Year] = year.ToHolidayYear();
        }

        return years.Values;
    }
}
