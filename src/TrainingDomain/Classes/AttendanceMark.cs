namespace TrainingDomain.Classes;

/// <summary>How a learner attended one session.</summary>
public enum AttendanceMark
{
    /// <summary>Có mặt.</summary>
    Present,

    /// <summary>Đi muộn: counted as attended unless the policy says otherwise.</summary>
    Late,

    /// <summary>Vắng có lý do: needs a reason; not attended.</summary>
    ExcusedAbsence,

    /// <summary>Vắng không lý do.</summary>
    UnexcusedAbsence,
}
