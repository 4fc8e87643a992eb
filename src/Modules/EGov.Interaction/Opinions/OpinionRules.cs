using EGov.Interaction.Domain.Opinions;

namespace EGov.Interaction.Opinions;

/// <summary>Where a collection stands on a given day.</summary>
internal enum CollectionPhase
{
    NotYetOpen,
    Open,
    Closed,
}

/// <summary>The date rules of 意见征集.</summary>
internal static class OpinionRules
{
    public static CollectionPhase PhaseOn(DateOnly opensOn, DateOnly closesOn, DateOnly today)
        => today < opensOn ? CollectionPhase.NotYetOpen : today > closesOn ? CollectionPhase.Closed : CollectionPhase.Open;

    public static CollectionPhase PhaseOn(OpinionCollection collection, DateOnly today) => PhaseOn(collection.OpensOn, collection.ClosesOn, today);

    /// <summary>Calendar days of the period, both ends counted.</summary>
    public static int Days(DateOnly opensOn, DateOnly closesOn) => closesOn.DayNumber - opensOn.DayNumber + 1;

    /// <summary>Field errors of the dates: both given, the closing day not before the opening day.</summary>
    public static Dictionary<string, string> CheckDates(DateOnly? opensOn, DateOnly? closesOn)
    {
        var errors = new Dictionary<string, string>();
        if (opensOn is null)
        {
            errors["OpensOn"] = "请填写开始日期。";
        }

        if (closesOn is null)
        {
            errors["ClosesOn"] = "请填写截止日期。";
        }
        else if (opensOn is { } opens && closesOn < opens)
        {
            errors["ClosesOn"] = "截止日期不能早于开始日期。";
        }

        return errors;
    }

    /// <summary>A warning, not a refusal, when the period is shorter than recommended.</summary>
    public static string? ShortPeriodWarning(DateOnly opensOn, DateOnly closesOn, int recommendedDays)
    {
        var days = Days(opensOn, closesOn);
        return days >= recommendedDays
            ? null
            : $"征集期为{days}日，少于{recommendedDays}日。《规章制定程序条例》规定向社会公布征求意见的期限一般不少于30日；如属规章草案，请延长征集期。";
    }
}
