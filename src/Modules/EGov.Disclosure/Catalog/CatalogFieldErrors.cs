using EGov.Platform.Results;

namespace EGov.Disclosure.Catalog;

/// <summary>Collects Chinese messages per form field into one validation <see cref="Error"/>, shown next to the fields.</summary>
internal sealed class CatalogFieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public CatalogFieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public CatalogFieldErrors Required(string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, $"请填写{label}。");
        }

        return value.Trim().Length > maxLength ? Add(field, $"{label}不能超过 {maxLength} 个字。") : this;
    }

    public CatalogFieldErrors Optional(string field, string? value, string label, int maxLength)
        => value is not null && value.Trim().Length > maxLength ? Add(field, $"{label}不能超过 {maxLength} 个字。") : this;

    public Error ToError(string code)
    {
        var first = _errors.Values.First()[0];
        return Error.Validation(code, _errors.Count == 1 ? first : $"提交的内容有误：{first}") with
        {
            Fields = _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        };
    }

    public static Error Single(string code, string field, string message) => new CatalogFieldErrors().Add(field, message).ToError(code);
}
