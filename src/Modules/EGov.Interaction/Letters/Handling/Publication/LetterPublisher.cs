using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Moderation;
using EGov.Platform.Results;
using EGov.Portal.Contracts.Search;

namespace EGov.Interaction.Letters.Handling.Publication;

/// <summary>
/// Puts a replied letter's public text on the site and in the site search, or takes it off. The text must pass the
/// sensitive-word filter; the writer's consent is checked by the caller's step rules.
/// </summary>
internal sealed class LetterPublisher(SensitiveWordFilter filter, ISearchFeed search, TimeProvider time)
{
    public async Task<Result> PublishAsync(Letter letter, PublicText text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Missing() is { } missing)
        {
            return missing;
        }

        var found = await filter.FindAsync($"{text.Subject}\n{text.Content}\n{text.Reply}", cancellationToken);
        if (found.Count > 0)
        {
            return HandlingErrors.SensitiveWords(found);
        }

        (letter.PublicSubject, letter.PublicContent, letter.PublicReply) = (text.Subject!.Trim(), text.Content!.Trim(), text.Reply!.Trim());
        letter.IsPublished = true;
        letter.PublishedAt ??= time.GetUtcNow().UtcDateTime;
        search.Upsert(LetterSearchDocument.Of(letter, letter.ReplyingDepartmentName ?? ""));
        return Result.Success();
    }

    public void Unpublish(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        (letter.IsPublished, letter.PublishedAt) = (false, null);
        search.Remove(LetterSearchDocument.Key(letter.Id));
    }

    /// <summary>The form's first draft: the letter's text with personal data removed.</summary>
    public static PublicText Draft(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return letter.IsPublished
            ? new(letter.PublicSubject, letter.PublicContent, letter.PublicReply)
            : new(Redaction.Apply(letter.Subject, letter.WriterName), Redaction.Apply(letter.Content, letter.WriterName), Redaction.Apply(letter.ReplyContent, letter.WriterName));
    }
}

/// <summary>What the public reads of a letter.</summary>
internal sealed record PublicText(string? Subject, string? Content, string? Reply)
{
    public Error? Missing()
        => string.IsNullOrWhiteSpace(Subject) ? HandlingErrors.Required("Subject", "公开标题")
            : string.IsNullOrWhiteSpace(Content) ? HandlingErrors.Required("Content", "公开的来信内容")
            : string.IsNullOrWhiteSpace(Reply) ? HandlingErrors.Required("Reply", "公开的答复内容")
            : null;
}
