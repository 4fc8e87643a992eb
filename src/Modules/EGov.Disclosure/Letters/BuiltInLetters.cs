namespace EGov.Disclosure.Letters;

/// <summary>The built-in text of every template kind, used when neither the agency nor the district has its own.</summary>
internal static class BuiltInLetters
{
    public static LetterText For(LetterKindInfo kind)
        => kind.Outcome is { } outcome ? BuiltInReplies.For(outcome) : BuiltInNotices.For(kind.Key)!;
}
