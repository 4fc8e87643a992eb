namespace EGov.Platform.Calendar;

/// <summary>What a date is in the working-day calendar.</summary>
public enum DayKind
{
    /// <summary>Monday–Friday without a holiday.</summary>
    WorkingDay,

    /// <summary>Saturday or Sunday without a make-up arrangement.</summary>
    RestDay,

    /// <summary>A statutory holiday day off (法定节假日, including weekend days inside the holiday).</summary>
    OffDay,

    /// <summary>A weekend day on which offices work (调休上班日).</summary>
    MakeUpWorkday,
}
