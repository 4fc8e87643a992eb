using EGov.Platform.Results;

namespace EGov.Disclosure.Requests.Intake.Applications;

/// <summary>Collects Chinese messages per field into one validation <see cref="Error"/> (Problem Details <c>errors</c>).</summary>
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

    /// <summary>Adds the messages of an error, under its own fields or else under <paramref name="field"/>.</summary>
    public FieldErrors Add(string field, Error error)
    {
        foreach (var (name, messages) in error.Fields ?? new Dictionary<string, string[]> { [field] = [error.Message] })
        {
            foreach (var message in messages)
            {
                Add(name, message);
            }
        }

        return this;
    }

    public Error ToError() => Error.Validation("disclosure.request_invalid", "申请内容有误，请按提示修改。") with
    {
        Fields = _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
    };
}
