using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Portal.Contracts.Search;

namespace EGov.Interaction.Letters;

/// <summary>A published letter as the site search finds it: the public text only, never the writer's details.</summary>
internal static class LetterSearchDocument
{
    public static string Key(Guid letterId) => $"{SearchTypes.Letter}:{letterId}";

    public static SearchDocument Of(Letter letter, string departmentName)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var body = $"{letter.PublicContent}\n答复：{letter.PublicReply}";
        return new SearchDocument(
            Key(letter.Id),
            SearchTypes.Letter,
            letter.PublicSubject ?? letter.Subject,
            body,
            $"/interaction/letters/{letter.Id}",
            letter.PublishedAt ?? letter.RepliedAt ?? letter.SubmittedAt)
        {
            ChannelCode = "hdjl",
            ChannelName = "互动交流",
            Keywords = $"{InteractionNames.Of(letter.Kind)} {departmentName}",
        };
    }
}
