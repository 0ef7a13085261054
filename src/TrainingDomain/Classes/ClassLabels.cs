namespace TrainingDomain.Classes;

/// <summary>Vietnamese labels for the states and kinds of the class model.</summary>
public static class ClassLabels
{
    /// <summary>The Vietnamese name of a class status, e.g. "Đang học".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the status is not a defined value.</exception>
    public static string Of(ClassStatus status) => status switch
    {
        ClassStatus.Planned => "Dự kiến",
        ClassStatus.Approved => "Đã phê duyệt",
        ClassStatus.Enrolling => "Đang chiêu sinh",
        ClassStatus.InProgress => "Đang học",
        ClassStatus.Completed => "Đã kết thúc",
        ClassStatus.Closed => "Đã đóng hồ sơ",
        ClassStatus.Cancelled => "Đã hủy",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown class status."),
    };

    /// <summary>The Vietnamese name of an attendance mark, e.g. "Vắng không lý do".</summary>
    /// <param name="mark">The mark.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the mark is not a defined value.</exception>
    public static string Of(AttendanceMark mark) => mark switch
    {
        AttendanceMark.Present => "Có mặt",
        AttendanceMark.Late => "Đi muộn",
        AttendanceMark.ExcusedAbsence => "Vắng có lý do",
        AttendanceMark.UnexcusedAbsence => "Vắng không lý do",
        _ => throw new ArgumentOutOfRangeException(nameof(mark), mark, "Unknown attendance mark."),
    };

    /// <summary>The Vietnamese name of an enrolment status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the status is not a defined value.</exception>
    public static string Of(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.Active => "Đang học",
        EnrollmentStatus.WithdrawnBeforeStart => "Rút trước khai giảng",
        EnrollmentStatus.WithdrawnAfterStart => "Bỏ học giữa chừng",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown enrolment status."),
    };

    /// <summary>The Vietnamese name of a nomination status, as reported to the nominating organisation.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the status is not a defined value.</exception>
    public static string Of(NominationStatus status) => status switch
    {
        NominationStatus.Pending => "Chờ xét",
        NominationStatus.Accepted => "Đã tiếp nhận",
        NominationStatus.Refused => "Không tiếp nhận",
        NominationStatus.Withdrawn => "Đã rút",
        NominationStatus.Completed => "Hoàn thành",
        NominationStatus.Failed => "Không hoàn thành",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown nomination status."),
    };

    /// <summary>The Vietnamese name of a kind of nominating organisation, e.g. "Chi bộ".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the kind is not a defined value.</exception>
    public static string Of(NominatingOrganizationKind kind) => kind switch
    {
        NominatingOrganizationKind.PartyCell => "Chi bộ",
        NominatingOrganizationKind.CommunePartyCommittee => "Đảng ủy xã",
        NominatingOrganizationKind.MassOrganization => "Đoàn thể",
        NominatingOrganizationKind.Agency => "Cơ quan",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of nominating organisation."),
    };
}
