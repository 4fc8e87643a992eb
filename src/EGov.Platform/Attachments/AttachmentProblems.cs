using EGov.Platform.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EGov.Platform.Attachments;

/// <summary>RFC 7807 answers of the attachment endpoints, with the stable error code as an extension.</summary>
internal static class AttachmentProblems
{
    public static ProblemHttpResult From(Error error, int? status = null) => TypedResults.Problem(
        title: error.Message,
        detail: error.Message,
        statusCode: status ?? error.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        },
        extensions: new Dictionary<string, object?> { ["code"] = error.Code });
}
