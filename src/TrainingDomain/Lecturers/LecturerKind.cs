namespace TrainingDomain.Lecturers;

/// <summary>How a lecturer is attached to the centre (loại giảng viên).</summary>
public enum LecturerKind
{
    /// <summary>Chuyên trách: on the centre's own staff.</summary>
    FullTime,

    /// <summary>
    /// Kiêm chức (kiêm nhiệm): a cadre of a district or commune organ who also teaches; needs a recognition decision of
    /// the Party committee that is valid on the teaching date.
    /// </summary>
    PartTime,

    /// <summary>Thỉnh giảng: invited from the provincial Political School (Trường Chính trị tỉnh).</summary>
    Invited,
}
