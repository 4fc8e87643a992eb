using System.Text.Json;
using EGov.Interaction.Domain.Interviews;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace EGov.Interaction.Interviews;

/// <summary>
/// Server-sent events of a live interview: every post after the one the page has (<c>Last-Event-ID</c> or
/// <c>?after=</c>), as <c>id: sequence</c> and <c>data: json</c>. The database is polled, so posts saved by any instance
/// of the application arrive; a comment line keeps proxies from closing an idle stream. The stream ends when the
/// interview ends or after a cap, and the browser reconnects from the last id.
/// </summary>
internal static class InterviewEvents
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan Cap = TimeSpan.FromMinutes(10);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task StreamAsync(Guid id, int? after, HttpContext context, InterviewQueries queries, TimeProvider time)
    {
        var aborted = context.RequestAborted;
        var last = LastEventId(context.Request.Headers["Last-Event-ID"]) ?? after ?? 0;
        if (await queries.PostsAfterAsync(id, last, aborted) is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        await context.Response.WriteAsync("retry: 3000\n\n", aborted);
        await context.Response.Body.FlushAsync(aborted);
        var started = time.GetTimestamp();
        var quietSince = started;
        while (!aborted.IsCancellationRequested && time.GetElapsedTime(started) < Cap)
        {
            if (await queries.PostsAfterAsync(id, last, aborted) is not { } now)
            {
                return;
            }

            foreach (var post in now.Posts)
            {
                await context.Response.WriteAsync($"id: {post.Sequence}\nevent: post\ndata: {JsonSerializer.Serialize(post, Json)}\n\n", aborted);
                last = post.Sequence;
                quietSince = time.GetTimestamp();
            }

            if (now.State == InterviewState.Ended)
            {
                await context.Response.WriteAsync("event: ended\ndata: {}\n\n", aborted);
                await context.Response.Body.FlushAsync(aborted);
                return;
            }

            if (time.GetElapsedTime(quietSince) >= HeartbeatInterval)
            {
                await context.Response.WriteAsync(": heartbeat\n\n", aborted);
                quietSince = time.GetTimestamp();
            }

            await context.Response.Body.FlushAsync(aborted);
            await Task.Delay(PollInterval, time, aborted);
        }
    }

    private static int? LastEventId(StringValues header)
        => int.TryParse(header.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}
