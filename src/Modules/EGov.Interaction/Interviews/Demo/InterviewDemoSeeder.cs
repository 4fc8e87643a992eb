using EGov.Interaction.Domain.Interviews;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Interviews.Demo;

/// <summary>
/// DEMO DATA: two interviews run by the district government office's website (区政府办, edited by bgs.bianji): one
/// announced for next week with questions waiting for the host, one ended with its archived transcript.
/// </summary>
internal sealed class InterviewDemoSeeder : IDemoSeeder
{
    public int Order => 48;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        if (await db.Set<OnlineInterview>().AnyAsync(cancellationToken))
        {
            return;
        }

        var office = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync("xlq-zfb", cancellationToken);
        if (office is null)
        {
            return;
        }

        var today = ChinaTime.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var upcoming = InterviewDemoContent.Upcoming(office.Id, At(today.AddDays(7), 15));
        db.Add(upcoming);
        db.AddRange(InterviewDemoContent.UpcomingQuestions(upcoming.Id, At(today, 9)));
        var ended = InterviewDemoContent.Ended(office.Id, At(today.AddDays(-45), 10));
        db.Add(ended);
        db.AddRange(InterviewDemoContent.EndedRecord(ended));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTime At(DateOnly date, int hour) => ChinaTime.StartOfDay(date).AddHours(hour);
}
