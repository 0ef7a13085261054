namespace TrainingDomain.Classes;

/// <summary>Why the attendance engine warns about a learner.</summary>
public enum AttendanceAlertKind
{
    /// <summary>The attendance threshold can no longer be reached, whatever happens in the remaining sessions.</summary>
    ThresholdUnreachable,

    /// <summary>The learner missed the policy's number of consecutive sessions without a reason.</summary>
    ConsecutiveUnexcusedAbsences,
}
