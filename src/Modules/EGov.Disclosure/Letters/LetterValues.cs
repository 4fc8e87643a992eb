using System.Globalization;
using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;
using EGov.Platform.Time;

namespace EGov.Disclosure.Letters;

/// <summary>What a letter says about its request: the facts behind each placeholder.</summary>
internal sealed record LetterFacts(DisclosureRequest Request, AgencyInfo Agency, DateOnly Today, string ReviewAuthority)
{
    public Reply? Reply { get; init; }
    public CorrectionNotice? Correction { get; init; }
    public FeeNotice? Fee { get; init; }
    public Consultation? Consultation { get; init; }
    public StatutoryClock? Clock { get; init; }
}

/// <summary>Turns <see cref="LetterFacts"/> into placeholder values: dates <c>2026年11月28日</c>, amounts <c>1,700.00元</c>.</summary>
internal static class LetterValues
{
    private const string Blank = "（无）";

    public static IReadOnlyDictionary<string, string> Of(LetterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var request = facts.Request;
        var extensions = facts.Clock?.Extensions ?? [];
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [LetterPlaceholders.Applicant] = request.ApplicantName,
            [LetterPlaceholders.Number] = request.Number,
            [LetterPlaceholders.ReceivedOn] = Date(request.ReceivedOn ?? ChinaTime.DateOf(request.SubmittedAt)),
            [LetterPlaceholders.Description] = request.Description,
            [LetterPlaceholders.Agency] = facts.Agency.Name,
            [LetterPlaceholders.Date] = Date(facts.Today),
            [LetterPlaceholders.ReplyText] = Text(facts.Reply?.Text),
            [LetterPlaceholders.WhereToObtain] = Text(facts.Reply?.WhereToObtain) is var where && where != Blank ? where : DisclosureNames.Of(request.DeliveryMethod),
            [LetterPlaceholders.ResponsibleAgency] = Text(facts.Reply?.ResponsibleAgency),
            [LetterPlaceholders.CorrectionItems] = Text(facts.Correction?.Items),
            [LetterPlaceholders.CorrectionDeadline] = Date(facts.Correction?.Deadline),
            [LetterPlaceholders.ExtensionDays] = extensions.Sum(e => e.Amount).ToString(CultureInfo.InvariantCulture),
            [LetterPlaceholders.ExtensionReason] = Text(extensions.LastOrDefault()?.Reason),
            [LetterPlaceholders.DueDate] = facts.Clock is { } clock ? Date(clock.DueDate) : "自收到申请之日起20个工作日内",
            [LetterPlaceholders.FeeMode] = facts.Fee is { } fee ? DisclosureNames.Of(fee.Mode) : Blank,
            [LetterPlaceholders.FeeQuantity] = Quantity(facts.Fee),
            [LetterPlaceholders.FeeAmount] = facts.Fee is { } f ? Amount(f.Amount) : Blank,
            [LetterPlaceholders.PayBy] = Date(facts.Fee?.PayBy),
            [LetterPlaceholders.ConsultedParty] = Text(facts.Consultation?.PartyName),
            [LetterPlaceholders.ConsultationQuestion] = Text(facts.Consultation?.Question),
            [LetterPlaceholders.ConsultationDue] = Date(facts.Consultation?.DueOn),
            [LetterPlaceholders.ReviewAuthority] = facts.ReviewAuthority,
        };
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? Blank;

    public static string Amount(decimal yuan) => yuan.ToString("#,##0.00", CultureInfo.InvariantCulture) + "元";

    private static string Quantity(FeeNotice? fee) => fee switch
    {
        null => Blank,
        { Mode: FeeMode.PerRequest } => $"本自然月内第{fee.Quantity.ToString(CultureInfo.InvariantCulture)}件",
        _ => $"{fee.Quantity.ToString(CultureInfo.InvariantCulture)}页",
    };

    private static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? Blank : value.Trim();
}
