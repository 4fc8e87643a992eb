using EGov.Platform.Results;

namespace EGov.Platform.Identity;

/// <summary>Collects Chinese messages per form field into one validation <see cref="Error"/>.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public FieldErrors AddRange(string field, IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            Add(field, message);
        }

        return this;
    }

    public Error ToError(string code, string message = "提交的内容有误，请按提示修改。")
        => Error.Validation(code, message) with { Fields = _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()) };
}
