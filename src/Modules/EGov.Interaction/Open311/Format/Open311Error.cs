namespace EGov.Interaction.Open311.Format;

/// <summary>
/// A GeoReport v2 error: the HTTP status (404 for what does not exist, 403 for a missing or bad <c>api_key</c>, 400 for
/// anything else) and the body <c>errors/error</c> with <c>code</c> and <c>description</c> (several at once allowed).
/// </summary>
internal sealed record Open311Error(int Code, string Description)
{
    public static Open311Error BadRequest(string description) => new(400, description);

    public static Open311Error Forbidden(string description) => new(403, description);

    public static Open311Error NotFound(string description) => new(404, description);

    public static Open311Error TooMany(string description) => new(429, description);

    public static Open311Document Document(IEnumerable<Open311Error> errors)
        => Open311Document.ListOf("errors", "error", errors.Select(e => new Open311Record().Add("code", e.Code).Add("description", e.Description)));
}

/// <summary>What a GeoReport v2 method answers: a document (200) or errors, the first one's code being the HTTP status.</summary>
internal sealed record Open311Answer(Open311Document? Document, IReadOnlyList<Open311Error> Errors)
{
    public int Status => Errors.Count == 0 ? 200 : Errors[0].Code;

    public static implicit operator Open311Answer(Open311Document document) => new(document, []);

    public static implicit operator Open311Answer(Open311Error error) => new(null, [error]);

    public static Open311Answer Of(Open311Document document) => document;

    public static Open311Answer Failed(IReadOnlyList<Open311Error> errors) => new(null, errors);
}
