using Microsoft.AspNetCore.Http;

namespace EGov.Interaction.Open311.Format;

/// <summary>Sends an <see cref="Open311Answer"/> with its status and the content type of the requested format.</summary>
internal sealed class Open311Result(Open311Answer answer, Open311Format format) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var document = answer.Document ?? Open311Error.Document(answer.Errors);
        var body = Open311Writer.Write(document, format);
        httpContext.Response.StatusCode = answer.Status;
        httpContext.Response.ContentType = format == Open311Format.Xml ? Open311Formats.XmlContentType : Open311Formats.JsonContentType;
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
