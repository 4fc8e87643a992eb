using EGov.Platform.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EGov.Platform.Identity.Api;

/// <summary>RFC 7807 Problem Details for an <see cref="Error"/>: Chinese title and detail, the stable code, field errors.</summary>
internal static class ErrorProblems
{
    public static ProblemHttpResult From(Error error)
    {
        var status = error.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Fields is { Count: > 0 } fields)
        {
            extensions["errors"] = fields;
        }

        return TypedResults.Problem(error.Message, title: Title(error.Kind), statusCode: status, extensions: extensions);
    }

    private static string Title(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => "未找到",
        ErrorKind.Conflict => "与现有数据冲突",
        ErrorKind.Forbidden => "无权操作",
        _ => "提交的内容有误",
    };
}
