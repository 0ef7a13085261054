namespace TrainingDomain.DataGenerator.People;

/// <summary>
/// Vietnamese name parts and their weights. Family names follow the commonly cited national shares (Nguyễn about 38 %,
/// Trần 11 %, Lê 9.5 %, Phạm 7 %, Hoàng/Huỳnh 5 %, then Phan, Vũ/Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý); the rest share
/// what is left. Middle and given names are common ones for each sex in the north.
/// </summary>
internal static class VietnameseNames
{
    public static readonly (string Name, float Weight)[] FamilyNames =
    [
        ("Nguyễn", 38.4f), ("Trần", 11.0f), ("Lê", 9.5f), ("Phạm", 7.0f), ("Hoàng", 3.5f), ("Huỳnh", 1.5f), ("Phan", 4.5f),
        ("Vũ", 3.0f), ("Võ", 0.9f), ("Đặng", 2.1f), ("Bùi", 2.0f), ("Đỗ", 1.4f), ("Hồ", 1.3f), ("Ngô", 1.3f), ("Dương", 1.0f),
        ("Lý", 0.5f), ("Đào", 0.8f), ("Đinh", 0.8f), ("Mai", 0.6f), ("Trương", 0.6f), ("Lương", 0.5f), ("Cao", 0.5f),
        ("Tạ", 0.4f), ("Nghiêm", 0.3f), ("Phùng", 0.4f), ("Vương", 0.3f), ("Lưu", 0.4f), ("Hà", 0.5f), ("Tô", 0.3f),
        ("Chu", 0.3f), ("Khúc", 0.2f), ("Quách", 0.2f), ("Lại", 0.3f), ("Trịnh", 0.5f), ("Đoàn", 0.5f),
    ];

    public static readonly string[] MaleMiddleNames =
    [
        "Văn", "Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Tiến", "Mạnh", "Công", "Đình", "Ngọc",
        "Duy", "Trọng", "Hồng", "Thế", "Việt", "Quốc", "Anh",
    ];

    public static readonly string[] FemaleMiddleNames =
    [
        "Thị", "Thị", "Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Phương", "Kim", "Thúy", "Mai", "Diệu",
        "Hải", "Lan", "Bích",
    ];

    public static readonly string[] MaleGivenNames =
    [
        "An", "Anh", "Bình", "Cường", "Chiến", "Dũng", "Duy", "Đạt", "Đông", "Giang", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy",
        "Hưng", "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lợi", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang",
        "Sơn", "Tâm", "Thái", "Thành", "Thắng", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Hòa", "Hiệp",
        "Thuận", "Tiến", "Trường", "Đức", "Hậu", "Lực", "Quyết",
    ];

    public static readonly string[] FemaleGivenNames =
    [
        "An", "Anh", "Ánh", "Bích", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huyền",
        "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh",
        "Tâm", "Thảo", "Thanh", "Thu", "Thúy", "Trang", "Tuyết", "Vân", "Yến", "Hòa", "Lụa", "Hậu", "Nhàn", "Thắm", "Xuân",
    ];

    // Ethnic minorities do live in Hải Dương's lowlands, in small numbers; shares within the minority draw.
    public static readonly (string Name, float Weight)[] MinorityEthnicities =
    [
        ("Tày", 30f), ("Mường", 25f), ("Nùng", 15f), ("Hoa", 15f), ("Thái", 10f), ("Sán Dìu", 5f),
    ];

    // Common Vietnamese commune and village names, used to name the grassroots organisations that nominate learners.
    // The generator does not claim they are the real communes of any district [assumed, synthetic].
    public static readonly string[] CommuneNames =
    [
        "Cộng Hòa", "Đồng Tâm", "Tân Dân", "Hồng Phong", "Quang Trung", "Hưng Đạo", "Thống Nhất", "An Lâm", "Hợp Tiến",
        "Thái Học", "Đoàn Kết", "Tân Tiến", "Minh Tân", "Nghĩa An", "Hồng Lạc", "Thanh Xuân", "Cao An", "Đức Chính",
        "Vĩnh Hòa", "Tiền Phong", "Phú Điền", "Lê Lợi", "Quyết Thắng", "Kiến Quốc", "Liên Hồng", "Bình Minh", "Hòa Bình",
        "Tân Trường", "Đông Xuyên", "Ngọc Sơn",
    ];

    public static readonly string[] VillagePrefixes = ["thôn", "thôn", "thôn", "khu dân cư", "tổ dân phố"];

    public static readonly string[] VillageNames =
    [
        "Đông", "Đoài", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "An Thái", "Phú Lộc", "Văn Xá", "Đại Đồng", "Tràng Kênh",
        "Lạc Dục", "Ninh Xá", "Phượng Hoàng", "Mỹ Xá", "Kim Đôi", "Hòa Loan",
    ];
}
