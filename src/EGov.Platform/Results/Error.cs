namespace EGov.Platform.Results;

/// <summary>An expected business failure with a stable code (<c>module.reason</c>) and a Chinese message for people.</summary>
public sealed record Error(string Code, string Message, ErrorKind Kind = ErrorKind.Validation)
{
    public IReadOnlyDictionary<string, string[]>? Fields { get; init; }

    public static Error Validation(string code, string message) => new(code, message, ErrorKind.Validation);
    public static Error NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);
    public static Error Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);
    public static Error Forbidden(string code, string message) => new(code, message, ErrorKind.Forbidden);
}

public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
}
