using EGov.Portal.Contracts.Search;
using Lucene.Net.Documents;

namespace EGov.Portal.Search.Index;

/// <summary>Turns a <see cref="SearchDocument"/> into a Lucene document and back.</summary>
internal static class SearchDocuments
{
    // Term vectors let the highlighter read the body's words back instead of segmenting it again for each hit.
    private static readonly FieldType BodyType = new(TextField.TYPE_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    };

    public static Document ToLucene(SearchDocument source)
    {
        var ticks = DateTime.SpecifyKind(source.Date, DateTimeKind.Utc).Ticks;
        var document = new Document
        {
            new StringField(SearchFields.Key, source.Key, Field.Store.YES),
            new StringField(SearchFields.Type, source.Type, Field.Store.YES),
            new StringField(SearchFields.Site, source.SiteCode, Field.Store.YES),
            new TextField(SearchFields.Title, source.Title, Field.Store.YES),
            new Field(SearchFields.Body, source.Body, BodyType),
            new TextField(SearchFields.TitleBigrams, source.Title, Field.Store.NO),
            new TextField(SearchFields.BodyBigrams, source.Body, Field.Store.NO),
            new StoredField(SearchFields.Url, source.Url),
            new Int64Field(SearchFields.Date, ticks, Field.Store.YES),
            new NumericDocValuesField(SearchFields.DateSort, ticks),
        };
        if (!string.IsNullOrWhiteSpace(source.ChannelCode))
        {
            document.Add(new StringField(SearchFields.Channel, source.ChannelCode, Field.Store.YES));
        }

        if (!string.IsNullOrWhiteSpace(source.Keywords))
        {
            document.Add(new TextField(SearchFields.Keywords, source.Keywords, Field.Store.NO));
        }

        document.Add(new StoredField(SearchFields.SiteName, source.SiteName ?? ""));
        document.Add(new StoredField(SearchFields.ChannelName, source.ChannelName ?? ""));
        return document;
    }

    public static DateTime DateOf(Document document)
        => new(document.GetField(SearchFields.Date)?.GetInt64Value() ?? 0, DateTimeKind.Utc);
}
