using System.Globalization;
using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Organization;
using EGov.Platform.Results;

namespace EGov.Oversight.Cards.Reading;

/// <summary>Checks a typed-in filter: unknown levels, states, rules, departments or dates are refused in Chinese.</summary>
internal sealed class CardFilterParser(RuleBook rules, IOrganizationDirectory organization)
{
    public async Task<Result<CardFilter>> ParseAsync(CardFilterInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        CardLevel? level = null;
        if (Text(input.Level) is { } l)
        {
            if (!Named<CardLevel>(l, out var parsed))
            {
                return CardErrors.BadFilter("level", "级别只能是 yellow（黄牌）或 red（红牌）。");
            }

            level = parsed;
        }

        CardState? state = null;
        if (Text(input.State) is { } s)
        {
            if (!Named<CardState>(s, out var parsed))
            {
                return CardErrors.BadFilter("state", "状态只能是 open、answered、closed 或 escalated。");
            }

            state = parsed;
        }

        var rule = Text(input.Rule);
        if (rule is not null && !rules.Defaults.Any(r => r.Code == rule))
        {
            return CardErrors.BadFilter("rule", $"没有编码为“{rule}”的监察规则。");
        }

        Guid? department = null;
        if (Text(input.Department) is { } d)
        {
            department = Guid.TryParse(d, out var id) ? id : (await organization.FindByCodeAsync(d, cancellationToken))?.Id;
            if (department is null)
            {
                return CardErrors.BadFilter("department", $"没有编码为“{d}”的部门。");
            }
        }

        bool? anomaly = Text(input.Anomaly)?.ToLowerInvariant() switch
        {
            null => null,
            "yes" or "true" or "1" or "是" => true,
            "no" or "false" or "0" or "否" => false,
            _ => default(bool?),
        };
        if (anomaly is null && Text(input.Anomaly) is not null)
        {
            return CardErrors.BadFilter("anomaly", "是否异常只能是 yes 或 no。");
        }

        if (!TryDate(input.From, out var from) || !TryDate(input.To, out var to))
        {
            return CardErrors.BadFilter(TryDate(input.From, out _) ? "to" : "from", "日期格式应为 2026-11-28。");
        }

        if (input.Page is < 1)
        {
            return CardErrors.BadFilter("page", "页码应从 1 开始。");
        }

        return new CardFilter(level, state, rule, Text(input.Module), department, anomaly, from, to, input.Page ?? 1);
    }

    /// <summary>By name only: "1" is not a level.</summary>
    private static bool Named<T>(string text, out T value)
        where T : struct, Enum
        => Enum.TryParse(text, ignoreCase: true, out value) && Enum.GetNames<T>().Contains(text, StringComparer.OrdinalIgnoreCase);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryDate(string? value, out DateOnly? date)
    {
        date = null;
        if (Text(value) is not { } text)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
