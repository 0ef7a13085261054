namespace TrainingDomain.People;

/// <summary>The tier of the organisation a position belongs to.</summary>
public enum OrganizationLevel
{
    /// <summary>Thôn, tổ dân phố (village, residential group).</summary>
    Village,

    /// <summary>Xã, phường, thị trấn (commune level).</summary>
    Commune,

    /// <summary>Huyện (district level; abolished 01/07/2025).</summary>
    District,

    /// <summary>Tỉnh (province level).</summary>
    Province,

    /// <summary>Trung ương (central level).</summary>
    Central,
}
