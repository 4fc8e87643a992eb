using System.Text.Json.Serialization;

namespace EGov.Oversight.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<CardLevel>))]
internal enum CardLevel
{
    Yellow,
    Red,
}

[JsonConverter(typeof(JsonStringEnumConverter<CardState>))]
internal enum CardState
{
    /// <summary>待整改: raised, waiting for the department's answer.</summary>
    Open,

    /// <summary>已说明: a red card answered, waiting for the supervisor's decision.</summary>
    Answered,

    /// <summary>已办结: a yellow card answered, or a red card closed by a supervisor.</summary>
    Closed,

    /// <summary>已升级: a yellow card not corrected in time, replaced by a red card.</summary>
    Escalated,
}
