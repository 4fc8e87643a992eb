using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Search.Following;

/// <summary>Which units of work hold outbox entries not yet followed: marked by the feed, taken once they are committed.</summary>
internal sealed class OutboxSignals
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public void Mark(DbContext context) => _pending.AddOrUpdate(context, this);

    public bool Take(DbContext context) => _pending.Remove(context);
}
