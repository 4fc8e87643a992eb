using EGov.Platform.Results;

namespace EGov.Approvals.Catalog.Rules;

/// <summary>Collects Chinese messages per field of an item into one validation <see cref="Error"/>, shown next to the fields.</summary>
internal sealed class ItemFieldErrors
{
    public const string Code = "approvals.item_invalid";

    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyCollection<string> Keys => _errors.Keys;

    public ItemFieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public ItemFieldErrors Required(string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, $"请填写{label}。");
        }

        return Optional(field, value, label, maxLength);
    }

    public ItemFieldErrors Optional(string field, string? value, string label, int maxLength)
        => value is not null && value.Trim().Length > maxLength ? Add(field, $"{label}不能超过 {maxLength} 个字。") : this;

    public Error? ToError()
    {
        if (!Any)
        {
            return null;
        }

        var first = _errors.Values.First()[0];
        return Error.Validation(Code, _errors.Count == 1 ? first : $"事项要素有 {_errors.Count} 处不符合实施清单规则：{first}") with
        {
            Fields = _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        };
    }

    public static Error Single(string field, string message) => new ItemFieldErrors().Add(field, message).ToError()!;
}
