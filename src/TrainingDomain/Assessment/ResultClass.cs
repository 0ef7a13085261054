namespace TrainingDomain.Assessment;

/// <summary>The class of a result (xếp loại), from a score under a <see cref="GradingPolicy"/>.</summary>
public enum ResultClass
{
    /// <summary>Xuất sắc.</summary>
    Excellent,

    /// <summary>Giỏi.</summary>
    Good,

    /// <summary>Khá.</summary>
    Fair,

    /// <summary>Đạt.</summary>
    Pass,

    /// <summary>Không đạt.</summary>
    Fail,
}
