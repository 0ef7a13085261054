namespace TrainingDomain.Classes;

/// <summary>
/// Where a class is in its life: planned → approved → enrolling → in progress → completed → closed, or cancelled
/// before it starts. Labels for people are in <see cref="ClassLabels"/>.
/// </summary>
public enum ClassStatus
{
    /// <summary>Dự kiến: entered from the annual plan or proposed, not yet approved.</summary>
    Planned,

    /// <summary>Đã phê duyệt: approved to go ahead.</summary>
    Approved,

    /// <summary>Đang chiêu sinh: receiving nominations and enrolling learners.</summary>
    Enrolling,

    /// <summary>Đang học: opened; sessions are being held.</summary>
    InProgress,

    /// <summary>Đã kết thúc: every session held; outcomes are recorded.</summary>
    Completed,

    /// <summary>Đã đóng hồ sơ: the class file is closed; nothing changes any more.</summary>
    Closed,

    /// <summary>Đã hủy: cancelled before it started.</summary>
    Cancelled,
}
