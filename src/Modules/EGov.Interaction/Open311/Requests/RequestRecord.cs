using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Open311.Format;
using EGov.Interaction.Open311.Services;

namespace EGov.Interaction.Open311.Requests;

/// <summary>
/// One letter as a GeoReport v2 <c>request</c>. Never the writer: no name, phone, e-mail, account or device. A letter
/// that came through Open311 shows what its client posted (description, location, media link); a letter from the web
/// form shows only its published text with personal data removed, and no location. A reply is shown only when published;
/// otherwise the notes say that it went to the writer.
/// </summary>
internal static class RequestRecord
{
    public const int DescriptionMax = 4000;

    public static Open311Record From(Letter letter, DateTime? replyDueAt, string? departmentName, string serviceNotice)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var service = Open311Services.Of(letter.Kind);
        var fromClient = letter.Channel == LetterChannel.Open311;
        var description = letter.IsPublished ? letter.PublicContent ?? letter.Content : letter.Content;
        return new Open311Record()
            .Add("service_request_id", letter.Number)
            .Add("status", RequestStatus.Of(letter.State))
            .Add("status_notes", Notes(letter, departmentName))
            .Add("service_name", service.Name)
            .Add("service_code", service.Code)
            .Add("description", description.Length > DescriptionMax ? description[..DescriptionMax] : description)
            .Add("agency_responsible", departmentName)
            .Add("service_notice", serviceNotice)
            .Add("requested_datetime", W3cDateTime.Format(letter.SubmittedAt))
            .Add("updated_datetime", W3cDateTime.Format(Updated(letter)))
            .Add("expected_datetime", W3cDateTime.Format(replyDueAt))
            .Add("address", fromClient ? letter.Location : null)
            .Add("address_id", null)
            .Add("zipcode", null)
            .Add("lat", fromClient ? letter.Latitude : null)
            .Add("long", fromClient ? letter.Longitude : null)
            .Add("media_url", fromClient ? letter.MediaUrl : null);
    }

    /// <summary>"For requests with status=closed, this will be the date the request was closed."</summary>
    public static DateTime Updated(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return letter.State is LetterState.Replied or LetterState.Closed ? letter.RepliedAt ?? letter.ClosedAt ?? letter.UpdatedAt : letter.UpdatedAt;
    }

    public static string Notes(Letter letter, string? departmentName)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var state = InteractionNames.Of(letter.State);
        var department = departmentName ?? "承办部门";
        return letter.State switch
        {
            LetterState.Registered => $"{state}：已登记，等待转交承办部门。",
            LetterState.Routed => $"{state}：已转{department}，等待签收。",
            LetterState.Handling when letter.Round > 1 => $"{state}：反映人对答复不满意，{department}正在重新办理。",
            LetterState.Handling => $"{state}：{department}正在办理。",
            LetterState.ReplyReview => $"{state}：{department}已拟写答复，正在审核。",
            LetterState.Replied => $"{state}：{Reply(letter)}反映人可以评价答复。",
            LetterState.Closed => $"{state}：{Reply(letter)}{(letter.Satisfaction is { } s ? $"反映人评价：{InteractionNames.Of(s)}。" : "")}",
            LetterState.Merged => $"{state}：与其他来信反映的是同一事项，已合并办理。",
            _ => $"{state}：{letter.RejectionReason ?? "不属于受理范围。"}",
        };
    }

    private static string Reply(Letter letter)
        => letter.IsPublished && !string.IsNullOrWhiteSpace(letter.PublicReply)
            ? $"答复：{letter.PublicReply}"
            : "答复已送达反映人。";
}
