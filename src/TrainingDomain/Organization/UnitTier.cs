namespace TrainingDomain.Organization;

/// <summary>
/// The tier (cấp) an administrative unit sits on. Values are ordered from the top, so a parent's tier is always less than
/// its child's.
/// </summary>
public enum UnitTier
{
    /// <summary>Cấp tỉnh: provinces and centrally-run cities.</summary>
    Province = 1,

    /// <summary>Cấp huyện: districts, towns and provincial cities (abolished on 01/07/2025).</summary>
    District = 2,

    /// <summary>Cấp xã: communes, wards and townships.</summary>
    Commune = 3,
}
