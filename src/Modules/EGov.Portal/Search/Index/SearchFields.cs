namespace EGov.Portal.Search.Index;

/// <summary>Field names of the Lucene index.</summary>
internal static class SearchFields
{
    public const string Key = "key";
    public const string Type = "type";
    public const string Site = "site";
    public const string Channel = "channel";
    public const string Title = "title";
    public const string Keywords = "keywords";
    public const string Body = "body";

    /// <summary>
    /// The title and body again as overlapping character pairs (CJK bigrams). SmartCn's dictionary sometimes cuts a
    /// word the reader typed across two of its words (医保定点 → 医 / 保定 / 点); the pairs still hold 医保.
    /// </summary>
    public const string TitleBigrams = "title.cjk";

    public const string BodyBigrams = "body.cjk";
    public const string Url = "url";
    public const string SiteName = "siteName";
    public const string ChannelName = "channelName";
    public const string Date = "date";
    public const string DateSort = "dateSort";

    /// <summary>Commit user data: the last outbox entry whose change (and every earlier one) the index holds.</summary>
    public const string Checkpoint = "outbox.checkpoint";

    /// <summary>Commit user data: when the index last committed (UTC ticks), to tell an index older than the outbox.</summary>
    public const string CommittedAt = "committedAt";
}
