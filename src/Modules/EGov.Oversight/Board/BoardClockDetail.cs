using EGov.Oversight.Domain;
using EGov.Platform.Clocks;

namespace EGov.Oversight.Board;

/// <summary>The drill-down of one clock: its facts, its row on the board, its history and the cards raised on it.</summary>
/// <param name="Row">Its level is the board level it would have if running (a stopped clock is not on the board).</param>
internal sealed record BoardClockDetail(StatutoryClock Clock, ClockType? Type, BoardClockRow Row, IReadOnlyList<ClockEvent> History, IReadOnlyList<Card> Cards);
