namespace EGov.Interaction.Contracts;

/// <summary>Permission names of the 互动交流 module (<c>interaction.action</c>); staff queries are scoped by department.</summary>
public static class InteractionPermissions
{
    public const string Prefix = "interaction.";

    /// <summary>信件分办: release or reject held letters, route and re-route, merge duplicates, decide extensions, publish (the mailbox's department).</summary>
    public const string Dispatch = "interaction.dispatch";

    /// <summary>信件办理: sign for, handle, draft replies, ask for an extension, return, add internal notes (the handling department).</summary>
    public const string Handle = "interaction.handle";

    /// <summary>答复审核: approve or send back a reply before it is sent (the handling department's head).</summary>
    public const string Review = "interaction.review";

    /// <summary>互动管理: mailboxes, routing rules, reply templates, sensitive words, Open311 clients.</summary>
    public const string Manage = "interaction.manage";

    /// <summary>征集调查与访谈: opinion collections, surveys and online interviews (create, moderate, publish results).</summary>
    public const string Consult = "interaction.consult";

    /// <summary>Read-only view of letters and statistics in scope (leaders, supervisors).</summary>
    public const string View = "interaction.view";
}
