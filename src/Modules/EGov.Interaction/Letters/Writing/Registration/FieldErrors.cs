using EGov.Platform.Results;

namespace EGov.Interaction.Letters.Writing.Registration;

/// <summary>Collects Chinese messages per field into one validation <see cref="Error"/> (Problem Details <c>errors</c>).</summary>
internal sealed class LetterFieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> Fields => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public LetterFieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public Error ToError() => Error.Validation("interaction.letter_invalid", "来信内容有误，请按提示修改。") with { Fields = Fields };
}
