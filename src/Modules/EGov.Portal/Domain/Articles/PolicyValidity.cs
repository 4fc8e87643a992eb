namespace EGov.Portal.Domain.Articles;

/// <summary>效力 of a policy document (指引 文件资料: 对已修改、废止、失效的文件在原文件上作出标注).</summary>
internal enum PolicyValidity
{
    /// <summary>有效.</summary>
    Valid = 1,

    /// <summary>失效.</summary>
    Expired = 2,

    /// <summary>废止.</summary>
    Repealed = 3,

    /// <summary>已修改.</summary>
    Amended = 4,
}
