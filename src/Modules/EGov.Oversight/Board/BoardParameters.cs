using EGov.Platform.Results;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Oversight.Board;

/// <summary>The board's query string: <c>?module=&amp;department=&amp;item=&amp;level=&amp;page=</c> (department as code or id).</summary>
internal sealed record BoardParameters(
    [FromQuery] string? Module, [FromQuery] string? Department, [FromQuery] string? Item, [FromQuery] string? Level, [FromQuery] string? Page)
{
    public Task<Result<BoardFilter>> FilterAsync(BoardFilterParser parser, bool withLevel, CancellationToken cancellationToken)
        => parser.ParseAsync(Module, Department, Item, withLevel ? Level : null, cancellationToken);
}
