using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Oversight.Demo;

/// <summary>The demo applications oversight's board shows: who applied for what, and what went right or wrong.</summary>
internal sealed class DemoApplicationStories(DemoApplicationWriter writer, IReadOnlyDictionary<string, ServiceItem> items)
{
    /// <summary>The first story's applicant: present once the stories were told.</summary>
    public const string Marker = "西陵区夷陵饭店有限公司";

    private const string Food = "XLXZSP-XK-001";
    private const string Hygiene = "XLXZSP-XK-002";
    private const string RealEstate = "XLZRZY-QR-001";
    private const string Pension = "XLRSJ-GF-001";

    public static readonly string[] ItemCodes = [Food, Hygiene, RealEstate, Pension];

    public async Task TellAsync(CancellationToken cancellationToken)
    {
        var today = writer.Today;

        // Running, past its promised limit (承诺时限) by two working days: a yellow card.
        var food = items[Food];
        var overdue = await writer.NewAsync(food, new(Marker, ApplicantKind.EnterpriseLegalPerson, "91420502MA4XLD0011", "13971000011"), writer.WorkingDay(today, -food.PromisedLimitDays - 4), cancellationToken);
        writer.Accept(overdue, food, writer.WorkingDay(today, -food.PromisedLimitDays - 2));
        writer.ReviewWork(overdue, writer.WorkingDay(overdue.AcceptedOn!.Value, food.PromisedLimitDays));

        // Running, its promised limit ends today: it passes the limit tonight unless concluded.
        var hygiene = items[Hygiene];
        var dueToday = await writer.NewAsync(hygiene, new("西陵区云集路悦来宾馆", ApplicantKind.UnincorporatedEnterprise, "92420502MA4XLD0022", "13971000022"), writer.WorkingDay(today, -hygiene.PromisedLimitDays - 1), cancellationToken);
        writer.Accept(dueToday, hygiene, writer.WorkingDay(today, -hygiene.PromisedLimitDays));
        writer.ReviewWork(dueToday, writer.WorkingDay(dueToday.AcceptedOn!.Value, hygiene.PromisedLimitDays));

        // Concluded after two correction notices (违反一次性告知).
        var received = writer.WorkingDay(today, -30);
        var corrected = await writer.NewAsync(food, new("西陵区东山面馆", ApplicantKind.UnincorporatedEnterprise, "92420502MA4XLD0033", "13971000033"), received, cancellationToken);
        writer.Correction(corrected, writer.WorkingDay(received, 2), writer.WorkingDay(received, 4), "食品安全管理制度", "未加盖公章");
        writer.Correction(corrected, writer.WorkingDay(received, 5), writer.WorkingDay(received, 7), "经营场所平面布局图", "未标明设备布局");
        Concluded(corrected, writer.WorkingDay(received, 8), 4);

        // Concluded with 120 yuan charged where the published standard is 80 yuan (不按标准收费).
        var realEstate = items[RealEstate];
        received = writer.WorkingDay(today, -20);
        var charged = await writer.NewAsync(realEstate, new("李梅", ApplicantKind.NaturalPerson, "420502198503150026", "13971000044"), received, cancellationToken);
        Concluded(charged, writer.WorkingDay(received, 1), 3);
        charged.FeeCharged = realEstate.FeeItems.Sum(f => f.Amount ?? 0) + 40;

        // A result registered with no acceptance, review or decision step in the system (体外循环).
        var pension = items[Pension];
        received = writer.WorkingDay(today, -12);
        var outside = await writer.NewAsync(pension, new("王建国", ApplicantKind.NaturalPerson, "420502195805200031", "13971000055"), received, cancellationToken);
        (outside.AcceptedOn, outside.State) = (received, ApplicationState.UnderReview);
        writer.Conclude(outside, writer.WorkingDay(received, 2), writer.WorkingDay(received, 2), writer.WorkingDay(received, 3), journalDecision: false);
    }

    /// <summary>Accepted on <paramref name="acceptedOn"/>, concluded <paramref name="days"/> working days later (within the promised limit).</summary>
    private void Concluded(Application application, DateOnly acceptedOn, int days)
    {
        (application.State, application.AcceptedOn) = (ApplicationState.UnderReview, acceptedOn);
        writer.Step(application, "accepted", "受理", acceptedOn, 10, "申请材料齐全、符合法定形式，予以受理。");
        var concluded = writer.WorkingDay(acceptedOn, days);
        writer.Conclude(application, writer.WorkingDay(acceptedOn, days - 1), concluded, concluded);
    }
}
