namespace TrainingDomain.Classes;

/// <summary>Where an enrolment stands.</summary>
public enum EnrollmentStatus
{
    /// <summary>Đang học: enrolled and not withdrawn.</summary>
    Active,

    /// <summary>Rút trước khi khai giảng: withdrawn before the first session; not a learner-turn.</summary>
    WithdrawnBeforeStart,

    /// <summary>Bỏ học giữa chừng: withdrawn after the first session; still a learner-turn.</summary>
    WithdrawnAfterStart,
}
