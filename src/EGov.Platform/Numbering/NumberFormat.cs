using System.Globalization;
using System.Text;

namespace EGov.Platform.Numbering;

/// <summary>
/// A number pattern with tokens: <c>{n}</c> plain (GB/T 9704-2012 7.2.4: 发文顺序号 without leading zeros),
/// <c>{n:6}</c> zero-padded, <c>{year}</c>, <c>{code}</c>, <c>{date:yyyyMMdd}</c>; everything else is literal.
/// </summary>
internal sealed class NumberFormat
{
    private readonly List<Func<long, NumberValues, DateOnly, string>> _parts;

    private NumberFormat(List<Func<long, NumberValues, DateOnly, string>> parts) => _parts = parts;

    public static NumberFormat Plain { get; } = Parse("{n}");

    public static NumberFormat Parse(string pattern)
    {
        var parts = new List<Func<long, NumberValues, DateOnly, string>>();
        var literal = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '}')
            {
                throw new FormatException($"编号格式“{pattern}”的第 {i + 1} 个字符多了一个“}}”。");
            }

            if (pattern[i] != '{')
            {
                literal.Append(pattern[i]);
                continue;
            }

            var end = pattern.IndexOf('}', i);
            if (end < 0)
            {
                throw new FormatException($"编号格式“{pattern}”缺少“}}”。");
            }

            var text = literal.ToString();
            parts.Add((_, _, _) => text);
            literal.Clear();
            parts.Add(Token(pattern, pattern[(i + 1)..end]));
            i = end;
        }

        var tail = literal.ToString();
        parts.Add((_, _, _) => tail);
        return new NumberFormat(parts);
    }

    public string Render(long number, NumberValues values, DateOnly today)
        => string.Concat(_parts.Select(part => part(number, values, today)));

    private static Func<long, NumberValues, DateOnly, string> Token(string pattern, string token)
    {
        var colon = token.IndexOf(':');
        var (name, argument) = colon < 0 ? (token, null) : (token[..colon], token[(colon + 1)..]);
        return (name, argument) switch
        {
            ("n", null) => (n, _, _) => n.ToString(CultureInfo.InvariantCulture),
            ("n", _) when int.TryParse(argument, out var width) && width is > 0 and <= 19 =>
                (n, _, _) => n.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'),
            ("year", null) => (_, v, today) => (v.Year ?? (v.Date ?? today).Year).ToString(CultureInfo.InvariantCulture),
            ("code", null) => (_, v, _) => v.Code ?? throw new InvalidOperationException($"编号格式“{pattern}”需要机关代字（code）。"),
            ("date", { Length: > 0 }) => (_, v, today) => (v.Date ?? today).ToString(argument, CultureInfo.InvariantCulture),
            _ => throw new FormatException($"编号格式“{pattern}”中的“{{{token}}}”无法识别：可用 {{n}}、{{n:6}}、{{year}}、{{code}}、{{date:yyyyMMdd}}。"),
        };
    }
}
