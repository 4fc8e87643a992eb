namespace EGov.Documents.Outgoing.Reading;

/// <summary>The lists of the 发文 page: 我的拟稿, 待核稿, 待会签, 待签发, 待编号用印, 已发文, and everything in scope.</summary>
internal enum OutgoingBox
{
    All,
    Mine,
    Review,
    Countersign,
    SignOff,
    Dispatch,
    Issued,
}

internal static class OutgoingBoxes
{
    public static string Of(OutgoingBox box) => box switch
    {
        OutgoingBox.Mine => "我的拟稿",
        OutgoingBox.Review => "待核稿",
        OutgoingBox.Countersign => "待会签",
        OutgoingBox.SignOff => "待签发",
        OutgoingBox.Dispatch => "待编号用印",
        OutgoingBox.Issued => "已发文",
        _ => "全部公文",
    };

    public static OutgoingBox? Parse(string? text)
        => string.IsNullOrWhiteSpace(text) ? OutgoingBox.All
            : Enum.TryParse<OutgoingBox>(text, ignoreCase: true, out var box) && !int.TryParse(text, out _) ? box : null;
}
