namespace TrainingDomain.Programs;

/// <summary>
/// The texts recorded as the legal basis of the built-in rules. Rules marked "giả định" are the project's assumptions
/// where no public rule was found; they are policy and can be replaced.
/// </summary>
public static class LegalBasis
{
    /// <summary>The audience of the "bồi dưỡng nhận thức về Đảng" programme.</summary>
    public const string NtdAudience = "Chương trình bồi dưỡng nhận thức về Đảng: đối tượng là quần chúng ưu tú được tổ chức giới thiệu, có trình độ THCS trở lên (được miễn ở vùng dân tộc thiểu số, biên giới, hải đảo)";

    /// <summary>The audience of the programme for new Party members.</summary>
    public const string DvmAudience = "Chương trình lý luận chính trị dành cho đảng viên mới: đối tượng là đảng viên dự bị";

    /// <summary>The audience of the elementary political-theory programme.</summary>
    public const string ScAudience = "Chương trình sơ cấp lý luận chính trị: đảng viên; đoàn viên, hội viên đoàn thể cơ sở; cán bộ, công chức cấp xã (trừ Trưởng Công an xã, Chỉ huy trưởng Quân sự xã); người hoạt động không chuyên trách cấp xã, ở thôn, tổ dân phố";

    /// <summary>The audience of the Party-work skills programme.</summary>
    public const string NvctdAudience = "Chương trình bồi dưỡng nghiệp vụ công tác Đảng: cấp ủy viên cơ sở, bí thư, phó bí thư chi bộ";

    /// <summary>The audience of the knowledge-update programme.</summary>
    public const string CnktAudience = "Chương trình cập nhật kiến thức: cán bộ cấp xã thuộc chính quyền, Mặt trận và các đoàn thể";

    /// <summary>The audience of resolution study.</summary>
    public const string NqAudience = "Học tập, quán triệt nghị quyết: cán bộ, đảng viên";

    /// <summary>The audience of the mass-organisation skills programme.</summary>
    public const string CtdtAudience = "Chương trình bồi dưỡng nghiệp vụ công tác đoàn thể: cán bộ Mặt trận, đoàn thể";

    /// <summary>The audience of the intermediate political-theory programme.</summary>
    public const string TcAudience = "Chương trình trung cấp lý luận chính trị: đảng viên, có trình độ cao đẳng trở lên";

    /// <summary>A default the project assumed where no public rule was found.</summary>
    public const string Assumed = "Giả định của hệ thống (chính sách mặc định, tỉnh có thể cấu hình)";
}
