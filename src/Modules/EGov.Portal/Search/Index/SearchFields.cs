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
