namespace TrainingDomain.Classes;

/// <summary>What kind of body sends a nomination list (đơn vị cử đi học).</summary>
public enum NominatingOrganizationKind
{
    /// <summary>Chi bộ: a Party cell.</summary>
    PartyCell,

    /// <summary>Đảng ủy xã: a commune Party committee.</summary>
    CommunePartyCommittee,

    /// <summary>Đoàn thể: a mass organisation (Front, youth union, women's union, ...).</summary>
    MassOrganization,

    /// <summary>Cơ quan: a state or Party agency.</summary>
    Agency,
}
