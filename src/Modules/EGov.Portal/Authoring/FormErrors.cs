using EGov.Platform.Results;

namespace EGov.Portal.Authoring;

/// <summary>Collects Chinese messages per field into one validation <see cref="Error"/>, shown next to the fields.</summary>
internal sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public FormErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public FormErrors Merge(Error error)
    {
        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]> { [""] = [error.Message] })
        {
            messages.ToList().ForEach(m => Add(field, m));
        }

        return this;
    }

    public Error ToError(string code, string message = "提交的内容有误，请按提示修改。")
        => Error.Validation(code, message) with { Fields = _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()) };

    public static Error Single(string code, string field, string message) => new FormErrors().Add(field, message).ToError(code, message);
}
