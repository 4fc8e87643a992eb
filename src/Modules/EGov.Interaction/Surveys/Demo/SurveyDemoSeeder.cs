using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Surveys.Answering;
using EGov.Interaction.Surveys.Editing;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Surveys.Demo;

/// <summary>
/// DEMO DATA: two surveys of the district government office: 政务服务满意度调查 open now, and a closed one on the
/// 15-minute living circle with 36 generated answers so its charts mean something.
/// </summary>
internal sealed class SurveyDemoSeeder : IDemoSeeder
{
    public int Order => 47;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<EGovDbContext>();
        if (await db.Set<Survey>().AnyAsync(cancellationToken))
        {
            return;
        }

        var office = await sp.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync("xlq-zfb", cancellationToken)
            ?? throw new InvalidOperationException("演示数据缺少区政府办（xlq-zfb）。");
        var time = sp.GetRequiredService<TimeProvider>();
        var today = ChinaTime.Today(time);
        var open = Survey(office.Id, "西陵区政务服务满意度调查", "了解您在西陵区办理政务服务事项的体验，帮助我们改进服务。调查匿名进行，约需3分钟。", today.AddDays(-5), today.AddDays(25), DemoSurveys.Satisfaction);
        var closed = Survey(office.Id, "西陵区“15分钟便民生活圈”建设需求调查", "了解居民对社区周边便民设施的需求。", today.AddDays(-60), today.AddDays(-30), DemoSurveys.LivingCircle);
        db.AddRange(open, closed);
        db.AddRange(DemoSurveys.Responses(closed, 36, ChinaTime.StartOfDay(closed.OpensOn), PhoneKeyOf));
        db.AddRange(DemoSurveys.Responses(open, 4, ChinaTime.StartOfDay(open.OpensOn), PhoneKeyOf));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string PhoneKeyOf(int n) => AnswerSurveyHandler.PhoneKey($"1390000{n:D4}");

    private static Survey Survey(Guid department, string title, string description, DateOnly opens, DateOnly closes, IReadOnlyList<QuestionInput> questions)
    {
        var survey = new Survey
        {
            DepartmentId = department,
            Title = title,
            Description = description,
            OpensOn = opens,
            ClosesOn = closes,
            IsPublished = true,
            CreatedAt = ChinaTime.StartOfDay(opens),
            Version = 1,
        };
        survey.Questions = SurveyRules.Build(survey.Id, questions);
        return survey;
    }
}
