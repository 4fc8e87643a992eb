using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Handling.Publication;
using EGov.Platform.Organization;

namespace EGov.Interaction.Letters.Handling.Demo;

/// <summary>Walks one demo letter from submission to its end state, each step at its own past time.</summary>
internal sealed class DemoLetterStory(DemoHandling h, IReadOnlyDictionary<string, DepartmentInfo> departments)
{
    public async Task TellAsync(Letter letter, DemoLetter demo, Letter? mergeTarget, CancellationToken ct)
    {
        var t0 = letter.SubmittedAt;
        At(t0);
        if (demo.End == DemoEnd.Held)
        {
            (letter.State, letter.SensitiveWords) = (LetterState.Held, "废物");
            h.Journal.Record(letter, "held", "待审核（含敏感词）", null);
            return;
        }

        Check(h.Clocks.StartReply(letter, letter.RegisteredOn!.Value));
        h.Journal.Record(letter, "registered", "已登记", null, publicNote: $"您的来信已登记，编号 {letter.Number}。");
        switch (demo.End)
        {
            case DemoEnd.Registered:
                h.Routing.AwaitDispatch(letter, "未匹配分办规则");
                return;
            case DemoEnd.Rejected:
                At(t0.AddHours(20));
                Check(await h.Clocks.StopAsync(letter.ReplyClockId, "不予受理", ct));
                (letter.State, letter.RejectionReason, letter.ClosedAt) = (LetterState.Rejected, demo.Reason, h.Time.Now);
                h.Journal.Record(letter, "rejected", "不予受理", null, publicNote: $"不予受理的理由：{demo.Reason}");
                return;
            case DemoEnd.Merged:
                At(t0.AddHours(3));
                Check(await h.Clocks.StopAsync(letter.ReplyClockId, "已合并", ct));
                (letter.State, letter.MergedIntoId) = (LetterState.Merged, mergeTarget!.Id);
                h.Journal.Record(letter, "merged", $"与信件 {mergeTarget.Number} 合并办理", null, publicNote: $"您反映的问题与编号为 {mergeTarget.Number} 的来信相同，已合并办理，答复将一并告知您。");
                (letter.ReplyContent, letter.RepliedAt, letter.ReplyingDepartmentName) = (mergeTarget.ReplyContent, mergeTarget.RepliedAt, mergeTarget.ReplyingDepartmentName);
                h.Journal.Record(letter, "replied", $"{mergeTarget.ReplyingDepartmentName}已答复（与信件 {mergeTarget.Number} 合并办理）", null, publicNote: mergeTarget.ReplyContent);
                return;
        }

        var department = departments[demo.Target!];
        At(t0.AddHours(1));
        Check(await h.Routing.RouteAsync(letter, department.Id, null, "按分办规则自动分办", ct));
        if (demo.End == DemoEnd.Routed)
        {
            return;
        }

        At(t0.AddHours(20));
        Check(await h.Clocks.StopAsync(letter.SignForClockId, "已签收", ct));
        (letter.State, letter.SignedForAt) = (LetterState.Handling, h.Time.Now);
        await h.Work.CompleteAsync(letter, null, ct, LetterWork.SignFor);
        h.Journal.Record(letter, "signed_for", "已签收，正在办理", null, publicNote: $"{department.Name}已签收您的来信，正在办理。");
        await ContinueAsync(letter, demo, department, ct);
    }

    private async Task ContinueAsync(Letter letter, DemoLetter demo, DepartmentInfo department, CancellationToken ct)
    {
        var t0 = letter.SubmittedAt;
        if (demo.End is DemoEnd.Handling or DemoEnd.Extended)
        {
            if (demo.End == DemoEnd.Extended)
            {
                At(t0.AddDays(6));
                h.Db.Add(new LetterExtension
                {
                    LetterId = letter.Id,
                    Round = 1,
                    WorkingDays = 10,
                    Reason = "需抽样送检，检验结果出具需要时间",
                    RequestedByName = "钱芳",
                    RequestedAt = h.Time.Now,
                    State = ExtensionState.Approved,
                    DecidedByName = "李文静",
                    DecidedAt = h.Time.Now.AddHours(2),
                });
                Check(await h.Clocks.ExtendReplyAsync(letter, 10, "需抽样送检，检验结果出具需要时间", "李文静", ct));
                h.Journal.Record(letter, "extended", "答复期限延长10个工作日", null, publicNote: "因需抽样送检，答复期限延长10个工作日。");
            }

            await h.Work.AddAsync(letter, LetterWork.Handle, ct);
            return;
        }

        At(t0.AddDays(5));
        var reply = new LetterReply
        {
            LetterId = letter.Id,
            Round = 1,
            Content = demo.Reply!,
            DepartmentId = department.Id,
            DraftedByName = "承办人",
            SubmittedAt = h.Time.Now,
            State = ReplyState.Submitted,
        };
        h.Db.Add(reply);
        letter.State = LetterState.ReplyReview;
        h.Journal.Record(letter, "reply_submitted", "答复已拟好，待审核", null);
        if (demo.End == DemoEnd.ReplyReview)
        {
            await h.Work.AddAsync(letter, LetterWork.Review, ct);
            return;
        }

        At(t0.AddDays(6));
        await ReplyAsync(letter, reply, department, ct);
        if (demo.End == DemoEnd.Reopened)
        {
            At(t0.AddDays(9));
            Rate(letter, 1, Satisfaction.Unsatisfied, "停车位太少，希望再多一些");
            (letter.Round, letter.State) = (2, LetterState.Handling);
            h.Journal.Record(letter, "reopened", "来信人不满意，重新办理", null, publicNote: "您对答复不满意，已转承办部门重新办理。");
            At(t0.AddDays(16));
            reply = new LetterReply
            {
                LetterId = letter.Id,
                Round = 2,
                DepartmentId = department.Id,
                DraftedByName = "承办人",
                SubmittedAt = h.Time.Now,
                State = ReplyState.Submitted,
                Content = demo.Reply + "经进一步协调，沿线两所学校的操场将在夜间向周边居民错时开放停车，可再提供车位约200个。",
            };
            h.Db.Add(reply);
            await ReplyAsync(letter, reply, department, ct);
        }

        if (demo.Publish)
        {
            At(t0.AddDays(demo.End == DemoEnd.Reopened ? 17 : 7));
            Check(await h.Publisher.PublishAsync(letter, LetterPublisher.Draft(letter), ct));
            h.Journal.Record(letter, "published", "已在网站公开", null);
        }

        if (demo.Rating is { } rating && demo.End is DemoEnd.Closed or DemoEnd.Reopened)
        {
            At(t0.AddDays(demo.End == DemoEnd.Reopened ? 19 : 9));
            Rate(letter, letter.Round, rating, null);
            (letter.State, letter.ClosedAt) = (LetterState.Closed, h.Time.Now);
            h.Journal.Record(letter, "closed", "已办结", null);
        }
    }

    private async Task ReplyAsync(Letter letter, LetterReply reply, DepartmentInfo department, CancellationToken ct)
    {
        (reply.State, reply.ReviewerName, reply.ReviewedAt) = (ReplyState.Approved, "负责人", h.Time.Now);
        Check(await h.Clocks.StopAsync(letter.ReplyClockId, "已答复", ct));
        (letter.ReplyContent, letter.RepliedAt, letter.ReplyingDepartmentName, letter.State) = (reply.Content, h.Time.Now, department.Name, LetterState.Replied);
        h.Journal.Record(letter, "replied", $"{department.Name}已答复", null, publicNote: reply.Content);
    }

    private void Rate(Letter letter, int round, Satisfaction satisfaction, string? comment)
    {
        h.Db.Add(new LetterRating { LetterId = letter.Id, Round = round, Satisfaction = satisfaction, Comment = comment, At = h.Time.Now });
        letter.Satisfaction = satisfaction;
        h.Journal.Record(letter, "rated", $"来信人评价：{Domain.InteractionNames.Of(satisfaction)}", null);
    }

    private void At(DateTime utc) => h.Time.Now = utc;

    private static void Check(Platform.Results.Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"演示信件生成失败：{result.Error!.Code} {result.Error.Message}");
        }
    }
}
