using EGov.Platform.Results;

namespace EGov.Interaction.Letters.Publication;

internal static class PublicationErrors
{
    public static readonly Error NotPublished = Error.NotFound("interaction.letter_not_published", "信件不存在或未公开。");
}
