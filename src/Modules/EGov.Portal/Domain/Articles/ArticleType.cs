namespace EGov.Portal.Domain.Articles;

internal enum ArticleType
{
    /// <summary>动态/要闻.</summary>
    News = 1,

    /// <summary>通知公告.</summary>
    Notice = 2,

    /// <summary>政策文件, with 文号 and validity.</summary>
    PolicyDocument = 3,

    /// <summary>政策解读.</summary>
    Interpretation = 4,

    /// <summary>单页: 概况信息, 机构职能, 负责人信息.</summary>
    Page = 5,

    /// <summary>数据发布.</summary>
    Data = 6,
}
