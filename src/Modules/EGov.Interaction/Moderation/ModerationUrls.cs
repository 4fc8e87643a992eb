namespace EGov.Interaction.Moderation;

internal static class ModerationUrls
{
    public const string Words = "/office/interaction/moderation/words";
}
