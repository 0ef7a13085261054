namespace TrainingDomain.Organization;

/// <summary>How an administrative unit changed.</summary>
public enum UnitChangeKind
{
    /// <summary>Đổi tên: one incarnation replaced by one with another name, same kind.</summary>
    Rename,

    /// <summary>
    /// Nâng cấp / chuyển đổi loại: one incarnation replaced by one of another kind, e.g. thị xã Chí Linh → thành phố
    /// Chí Linh (01/03/2019).
    /// </summary>
    Upgrade,

    /// <summary>Sáp nhập / hợp nhất: two or more incarnations end and their territory forms one or more new ones.</summary>
    Merge,

    /// <summary>Chia tách: one incarnation ends and its territory forms two or more new ones.</summary>
    Split,

    /// <summary>Giải thể / kết thúc hoạt động: incarnations end with no successor, e.g. the district tier on 01/07/2025.</summary>
    Abolish,
}
