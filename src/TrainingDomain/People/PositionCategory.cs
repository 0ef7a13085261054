namespace TrainingDomain.People;

/// <summary>The kinds of position that programme audiences are defined by.</summary>
public enum PositionCategory
{
    /// <summary>Any other position.</summary>
    Other,

    /// <summary>Cán bộ chuyên trách cấp xã (elected commune cadre of the Party, government, Front or mass organisations).</summary>
    CommuneCadre,

    /// <summary>Công chức cấp xã (commune civil servant).</summary>
    CommuneCivilServant,

    /// <summary>Trưởng Công an xã (commune police chief); excluded from the sơ cấp audience.</summary>
    CommunePoliceChief,

    /// <summary>Chỉ huy trưởng Quân sự xã (commune military commander); excluded from the sơ cấp audience.</summary>
    CommuneMilitaryCommander,

    /// <summary>Người hoạt động không chuyên trách cấp xã (non-specialised commune worker).</summary>
    NonSpecialisedCommuneWorker,

    /// <summary>Người hoạt động ở thôn, tổ dân phố (village or residential-group worker).</summary>
    VillageWorker,

    /// <summary>Cấp ủy viên cơ sở (member of a grassroots Party committee).</summary>
    GrassrootsPartyCommitteeMember,

    /// <summary>Bí thư chi bộ (Party cell secretary).</summary>
    PartyCellSecretary,

    /// <summary>Phó bí thư chi bộ (Party cell deputy secretary).</summary>
    PartyCellDeputySecretary,

    /// <summary>Đoàn viên, hội viên đoàn thể ở cơ sở (member of a grassroots mass organisation).</summary>
    MassOrganizationMember,

    /// <summary>Cán bộ Mặt trận, đoàn thể (cadre of the Fatherland Front or a mass organisation).</summary>
    MassOrganizationCadre,

    /// <summary>Cán bộ, công chức, viên chức cơ quan đảng, nhà nước (cadre of an agency above commune level).</summary>
    AgencyCadre,
}
