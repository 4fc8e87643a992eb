using EGov.Interaction.Domain.Interviews;
using EGov.Platform.Pdf;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Interaction.Interviews.Api;

/// <summary>The live stream of posts and the archived transcript's downloads, on the public page's address.</summary>
internal static class InterviewDownloads
{
    public static IEndpointRouteBuilder MapInterviewStream(this IEndpointRouteBuilder endpoints)
    {
        var one = endpoints.MapGroup("/interaction/interviews/{id:guid}").AllowAnonymous().WithTags("互动交流：在线访谈");
        one.MapGet("/events", (Guid id, int? after, HttpContext context, InterviewQueries queries, TimeProvider time)
            => InterviewEvents.StreamAsync(id, after, context, queries, time)).WithSummary("直播实录的服务器推送事件流（text/event-stream）");
        one.MapGet("/transcript.txt", TextAsync).WithSummary("文字实录（UTF-8 纯文本）");
        one.MapGet("/transcript.pdf", PdfAsync).WithSummary("文字实录（PDF）");
        return endpoints;
    }

    private static async Task<IResult> TextAsync(Guid id, InterviewQueries queries, CancellationToken cancellationToken)
        => await ArchivedAsync(id, queries, cancellationToken) is { } i
            ? TypedResults.File(InterviewTranscript.Text(i), "text/plain; charset=utf-8", InterviewTranscript.FileName(i, "txt"))
            : InterviewErrors.NotFound.ToProblem();

    private static async Task<IResult> PdfAsync(Guid id, InterviewQueries queries, IPdfLetterWriter writer, CancellationToken cancellationToken)
    {
        if (await ArchivedAsync(id, queries, cancellationToken) is not { } i)
        {
            return InterviewErrors.NotFound.ToProblem();
        }

        var pdf = InterviewTranscript.Pdf(i, writer);
        return pdf.IsSuccess ? TypedResults.File(pdf.Value, "application/pdf", InterviewTranscript.FileName(i, "pdf")) : pdf.Error!.ToProblem();
    }

    /// <summary>Only an ended interview has a transcript: before that the record is still growing.</summary>
    private static async Task<InterviewDetail?> ArchivedAsync(Guid id, InterviewQueries queries, CancellationToken cancellationToken)
        => await queries.PublicDetailAsync(id, cancellationToken) is { State: InterviewState.Ended } i ? i : null;
}
