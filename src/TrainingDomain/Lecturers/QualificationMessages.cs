namespace TrainingDomain.Lecturers;

// Messages shared by several qualification rules.
internal static class QualificationMessages
{
    public const string InvitedExempt =
        "Giảng viên thỉnh giảng của Trường Chính trị tỉnh được coi là đủ tiêu chuẩn giảng dạy mọi chương trình.";
}
