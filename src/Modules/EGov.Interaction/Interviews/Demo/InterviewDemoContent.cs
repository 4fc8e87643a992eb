using EGov.Interaction.Domain.Interviews;

namespace EGov.Interaction.Interviews.Demo;

/// <summary>DEMO DATA: the words of the two demo interviews.</summary>
internal static class InterviewDemoContent
{
    public static OnlineInterview Upcoming(Guid department, DateTime startsAt) => new()
    {
        DepartmentId = department,
        Title = "区医保局局长谈2027年城乡居民医保参保缴费",
        Subject = "2027年度城乡居民基本医疗保险参保缴费时间、标准、渠道和待遇变化",
        Guests = "刘建华 区医疗保障局局长\n陈静 区医疗保障局待遇保障股股长",
        Introduction = "2027年度城乡居民基本医疗保险集中参保缴费即将开始。本期访谈邀请区医疗保障局负责同志介绍缴费时间、个人缴费标准、缴费渠道以及门诊和住院待遇的变化，并回答网友关心的问题。欢迎网友提前提问。",
        StartsAt = startsAt,
        EndsAt = startsAt.AddMinutes(90),
        State = InterviewState.Announced,
    };

    public static IEnumerable<InterviewQuestion> UpcomingQuestions(Guid interview, DateTime at) =>
    [
        Question(interview, "东山小区居民", "今年的个人缴费标准是多少？能不能用微信缴费？", at),
        Question(interview, "网友", "在外地上学的大学生还需要在西陵区参保吗？", at.AddMinutes(40)),
        Question(interview, "夜明珠街道退休职工家属", "错过集中缴费期以后还能补缴吗？待遇从什么时候开始享受？", at.AddMinutes(95)),
    ];

    public static OnlineInterview Ended(Guid department, DateTime startsAt) => new()
    {
        DepartmentId = department,
        Title = "区教育局谈2026年秋季学期义务教育招生入学",
        Subject = "2026年秋季学期小学和初中招生入学政策、报名时间和材料",
        Guests = "周海燕 区教育局副局长\n孙伟 区教育局基础教育科科长",
        Introduction = "2026年秋季学期义务教育招生工作即将开始。本期访谈邀请区教育局负责同志解读招生入学政策，介绍网上报名的时间和需要准备的材料。",
        StartsAt = startsAt,
        EndsAt = startsAt.AddHours(1),
        State = InterviewState.Ended,
        ArchivedAt = startsAt.AddHours(1),
    };

    public static IEnumerable<object> EndedRecord(OnlineInterview interview)
    {
        (string Speaker, string Text, string? Asker, string? Question)[] lines =
        [
            ("主持人", "各位网友，大家好！欢迎参加本期在线访谈。今天我们邀请到区教育局周海燕副局长和基础教育科孙伟科长，和大家聊一聊今年秋季学期义务教育招生入学。", null, null),
            ("周海燕（区教育局副局长）", "各位网友好！今年我区继续实行免试就近入学，公办学校按学区招生，报名全部在网上进行，家长不用到学校排队。", null, null),
            ("主持人", "今年网上报名什么时候开始？", null, null),
            ("孙伟（区教育局基础教育科科长）", "小学一年级和初中一年级的网上报名时间是7月1日至7月10日，审核结果在7月20日前通过短信告知。", null, null),
            ("孙伟（区教育局基础教育科科长）", "需要准备户口簿、房屋产权证明或者租房合同和居住证，系统能够共享查询的信息不需要再上传。", "葛洲坝家长", "孩子8月31日满六周岁，今年可以报名上小学吗？需要准备哪些材料？"),
            ("周海燕（区教育局副局长）", "8月31日前（含当天）年满六周岁的儿童可以报名。随迁子女按居住证和就业或者经营证明报名，同等条件下统筹安排到公办学校就读。", "网友", "外地户口的孩子能在西陵区上公办学校吗？"),
            ("孙伟（区教育局基础教育科科长）", "学区划分在报名前一个月在区政府门户网站和各学校公示，家长可以按小区名称查询。", "学院街道居民", "学区划分在哪里可以查到？"),
            ("主持人", "很多家长关心多校划片，请介绍一下。", null, null),
            ("周海燕（区教育局副局长）", "今年没有新增多校划片的学区。对个别热点学区，报名人数超过学位数的，按户籍和居住年限排序录取，结果公开。", null, null),
            ("主持人", "感谢两位嘉宾，也感谢各位网友的参与。本期访谈到此结束，文字实录将在本页保存。", null, null),
        ];
        var sequence = 0;
        foreach (var (speaker, text, asker, question) in lines)
        {
            var at = interview.StartsAt.AddMinutes(++sequence * 5);
            Guid? questionId = null;
            if (question is not null)
            {
                var asked = Question(interview.Id, asker!, question, interview.StartsAt.AddDays(-1));
                asked.State = QuestionState.Answered;
                questionId = asked.Id;
                yield return asked;
            }

            yield return new InterviewPost
            {
                InterviewId = interview.Id,
                Sequence = sequence,
                Speaker = speaker,
                Text = text,
                QuestionId = questionId,
                QuestionText = question,
                AskerName = asker,
                At = at,
            };
        }
    }

    private static InterviewQuestion Question(Guid interview, string asker, string text, DateTime at)
        => new() { InterviewId = interview, AskerName = asker, Text = text, SubmittedAt = at, State = QuestionState.Pending };
}
