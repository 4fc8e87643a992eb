namespace EGov.Portal.Domain.Sites;

/// <summary>
/// Gives a staff member editing rights in one site: in all its channels (<see cref="ChannelId"/> null) or in one channel
/// and its descendants. An editor works only where a grant says so.
/// </summary>
internal sealed class SiteEditorGrant
{
    public Guid Id { get; set; }
    public Guid SiteId { get; set; }
    public Guid UserId { get; set; }
    public Guid? ChannelId { get; set; }
    public DateTime GrantedAt { get; set; }
    public Guid GrantedBy { get; set; }
}
