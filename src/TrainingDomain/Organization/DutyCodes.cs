namespace TrainingDomain.Organization;

/// <summary>The codes of the duties in <see cref="DutyCatalog.Default"/>.</summary>
public static class DutyCodes
{
    /// <summary>Chiêu sinh (enrolment).</summary>
    public const string Enrolment = "ENROLMENT";

    /// <summary>Quản lý học viên (learner management).</summary>
    public const string LearnerManagement = "LEARNERS";

    /// <summary>Giáo vụ và thời khóa biểu (academic affairs and timetable).</summary>
    public const string AcademicAffairs = "ACADEMIC";

    /// <summary>Mời giảng viên (inviting lecturers).</summary>
    public const string LecturerInvitation = "LECTURERS";

    /// <summary>Bộ đề và khảo thí (exam sets and testing).</summary>
    public const string Examinations = "EXAMS";

    /// <summary>Văn bằng, chứng chỉ (diplomas and certificates).</summary>
    public const string Certificates = "CERTIFICATES";

    /// <summary>Thống kê, báo cáo (statistics and reporting).</summary>
    public const string Reporting = "REPORTING";

    /// <summary>Cơ sở vật chất và công nghệ thông tin (facilities and IT).</summary>
    public const string FacilitiesAndIt = "FACILITIES";

    /// <summary>Kế toán (accounting).</summary>
    public const string Accounting = "ACCOUNTING";
}
