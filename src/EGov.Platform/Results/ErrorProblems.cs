using Microsoft.AspNetCore.Http;

namespace EGov.Platform.Results;

/// <summary>Turns an expected business failure into RFC 9457 Problem Details in Chinese, with its stable code.</summary>
public static class ErrorProblems
{
    public static IResult ToProblem(this Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Kind == ErrorKind.Validation)
        {
            var fields = error.Fields ?? new Dictionary<string, string[]> { [""] = [error.Message] };
            return TypedResults.ValidationProblem(fields, error.Message, title: "请求内容有误", extensions: extensions);
        }

        var (status, title) = error.Kind switch
        {
            ErrorKind.NotFound => (StatusCodes.Status404NotFound, "未找到"),
            ErrorKind.Conflict => (StatusCodes.Status409Conflict, "与当前状态冲突"),
            _ => (StatusCodes.Status403Forbidden, "无权操作"),
        };
        return TypedResults.Problem(error.Message, statusCode: status, title: title, extensions: extensions);
    }
}
