using TrainingDomain.People;
using TrainingDomain.Programs.Audience;

namespace TrainingDomain.Programs;

/// <summary>
/// The default programme catalogue of DOMAIN.md §4. Audience rules marked [fact] there carry the programme's legal
/// basis; the assumed ones (minimum age 18 for NTD, the 12-month window for DVM, "not already sơ cấp" for SC, class-size
/// bounds, lengths of NVCTD/NQ/CTDT) carry <see cref="LegalBasis.Assumed"/> and are ordinary parameters here.
/// </summary>
public static class DefaultPrograms
{
    /// <summary>The minimum age for NTD learners (assumed).</summary>
    public const int NtdMinimumAge = 18;

    /// <summary>The window after admission in which a probationary member takes DVM, in months (assumed).</summary>
    public const int DvmAdmissionWindowMonths = 12;

    /// <summary>All default programmes.</summary>
    /// <returns>NTD, DVM, SC, NVCTD, CNKT, NQ, CTDT and TC.</returns>
    public static IEnumerable<Program> All() => [Ntd(), Dvm(), Sc(), Nvctd(), Cnkt(), Nq(), Ctdt(), Tc()];

    /// <summary>Bồi dưỡng nhận thức về Đảng.</summary>
    /// <param name="minimumAge">The minimum age (assumed 18).</param>
    /// <param name="educationWaiver">Whether ethnic-minority learners and residents of border and island areas are exempt from the education requirement.</param>
    /// <returns>The programme.</returns>
    public static Program Ntd(int minimumAge = NtdMinimumAge, bool educationWaiver = true)
    {
        Rule<EligibilityContext> education = new MinimumEducationRule("NTD.MinimumEducation", 1, LegalBasis.NtdAudience, EducationLevel.LowerSecondary);
        if (educationWaiver)
        {
            education = new AnyOf<EligibilityContext>(
                "NTD.EducationOrWaiver", 1, LegalBasis.NtdAudience,
                "trình độ THCS trở lên, hoặc người dân tộc thiểu số, hoặc cư trú ở vùng biên giới, hải đảo",
                education,
                new EthnicMinorityRule("NTD.EthnicMinorityWaiver", 1, LegalBasis.NtdAudience),
                new SpecialAreaRule("NTD.SpecialAreaWaiver", 1, LegalBasis.NtdAudience));
        }

        return new Program(
            "NTD",
            "Bồi dưỡng nhận thức về Đảng",
            [
                new PartyMembershipRule("NTD.NotPartyMember", 1, LegalBasis.NtdAudience, "chưa là đảng viên", PartyMembership.NonMember, PartyMembership.OutstandingNonMember),
                new NominatedAsOutstandingRule("NTD.NominatedAsOutstanding", 1, LegalBasis.NtdAudience),
                education,
                new MinimumAgeRule("NTD.MinimumAge", 1, LegalBasis.Assumed, minimumAge),
            ],
            new ProgramLength(Periods: 50, Sessions: 10, Topics: null, MinDays: 5, MaxDays: 5),
            Credential.Certificate,
            new ClassSizeBounds(20, 120));
    }

    /// <summary>Lý luận chính trị dành cho đảng viên mới.</summary>
    /// <param name="admissionWindowMonths">How many months after admission a member still takes the course (assumed 12).</param>
    /// <returns>The programme.</returns>
    public static Program Dvm(int admissionWindowMonths = DvmAdmissionWindowMonths) => new(
        "DVM",
        "Lý luận chính trị dành cho đảng viên mới",
        [new ProbationaryAdmittedWithinRule("DVM.ProbationaryMember", 1, $"{LegalBasis.DvmAudience}; thời hạn {admissionWindowMonths} tháng: {LegalBasis.Assumed}", admissionWindowMonths)],
        new ProgramLength(Periods: null, Sessions: null, Topics: 10, MinDays: 5, MaxDays: 8),
        Credential.Certificate,
        new ClassSizeBounds(20, 120));

    /// <summary>Sơ cấp lý luận chính trị.</summary>
    /// <returns>The programme.</returns>
    public static Program Sc() => new(
        "SC",
        "Sơ cấp lý luận chính trị",
        [
            new AnyOf<EligibilityContext>(
                "SC.Audience", 1, LegalBasis.ScAudience,
                "là đảng viên; đoàn viên, hội viên đoàn thể cơ sở; cán bộ, công chức cấp xã; hoặc người hoạt động không chuyên trách cấp xã, thôn, tổ dân phố",
                new PartyMembershipRule("SC.PartyMember", 1, LegalBasis.ScAudience, "là đảng viên", PartyMembership.Probationary, PartyMembership.Full),
                new HoldsPositionRule(
                    "SC.GrassrootsPosition", 1, LegalBasis.ScAudience,
                    "là đoàn viên, hội viên, cán bộ, công chức cấp xã hoặc người hoạt động không chuyên trách cấp xã, thôn",
                    [
                        PositionCategory.MassOrganizationMember, PositionCategory.MassOrganizationCadre, PositionCategory.CommuneCadre,
                        PositionCategory.CommuneCivilServant, PositionCategory.NonSpecialisedCommuneWorker, PositionCategory.VillageWorker,
                    ])),
            new Not<EligibilityContext>(
                "SC.ExcludedCommunePositions", 1, LegalBasis.ScAudience,
                new HoldsPositionRule(
                    "SC.PoliceChiefOrMilitaryCommander", 1, LegalBasis.ScAudience,
                    "là Trưởng Công an xã hoặc Chỉ huy trưởng Quân sự xã",
                    [PositionCategory.CommunePoliceChief, PositionCategory.CommuneMilitaryCommander]),
                "Trưởng Công an xã và Chỉ huy trưởng Quân sự xã không thuộc đối tượng lớp sơ cấp.",
                "Không giữ chức vụ bị loại trừ (Trưởng Công an xã, Chỉ huy trưởng Quân sự xã)."),
            new PoliticalTheoryBelowRule("SC.NotAlreadyElementary", 1, LegalBasis.Assumed, PoliticalTheoryLevel.Elementary),
        ],
        new ProgramLength(Periods: null, Sessions: null, Topics: 18, MinDays: 20, MaxDays: 30),
        Credential.ElementaryDiploma,
        new ClassSizeBounds(20, 70));

    /// <summary>Nghiệp vụ công tác Đảng.</summary>
    /// <returns>The programme.</returns>
    public static Program Nvctd() => new(
        "NVCTD",
        "Bồi dưỡng nghiệp vụ công tác Đảng",
        [
            new HoldsPositionRule(
                "NVCTD.PartyPosition", 1, LegalBasis.NvctdAudience,
                "là cấp ủy viên cơ sở, bí thư hoặc phó bí thư chi bộ",
                [PositionCategory.GrassrootsPartyCommitteeMember, PositionCategory.PartyCellSecretary, PositionCategory.PartyCellDeputySecretary]),
        ],
        new ProgramLength(Periods: null, Sessions: null, Topics: null, MinDays: 3, MaxDays: 5),
        Credential.Certificate,
        new ClassSizeBounds(20, 150));

    /// <summary>Cập nhật kiến thức.</summary>
    /// <returns>The programme.</returns>
    public static Program Cnkt() => new(
        "CNKT",
        "Cập nhật kiến thức",
        [
            new HoldsPositionRule(
                "CNKT.CommuneCadre", 1, LegalBasis.CnktAudience,
                "là cán bộ cấp xã thuộc chính quyền, Mặt trận hoặc đoàn thể",
                [PositionCategory.CommuneCadre, PositionCategory.CommuneCivilServant, PositionCategory.MassOrganizationCadre],
                [OrganizationLevel.Commune]),
        ],
        new ProgramLength(Periods: null, Sessions: null, Topics: 8, MinDays: 5, MaxDays: 5),
        Credential.Certificate,
        new ClassSizeBounds(20, 300));

    /// <summary>Học tập, quán triệt nghị quyết.</summary>
    /// <returns>The programme.</returns>
    public static Program Nq() => new(
        "NQ",
        "Học tập, quán triệt nghị quyết",
        [
            new AnyOf<EligibilityContext>(
                "NQ.CadreOrMember", 1, LegalBasis.NqAudience, "là cán bộ hoặc đảng viên",
                new PartyMembershipRule("NQ.PartyMember", 1, LegalBasis.NqAudience, "là đảng viên", PartyMembership.Probationary, PartyMembership.Full),
                new HoldsPositionRule(
                    "NQ.Cadre", 1, LegalBasis.NqAudience, "là cán bộ",
                    [
                        PositionCategory.CommuneCadre, PositionCategory.CommuneCivilServant, PositionCategory.MassOrganizationCadre,
                        PositionCategory.AgencyCadre, PositionCategory.GrassrootsPartyCommitteeMember,
                        PositionCategory.PartyCellSecretary, PositionCategory.PartyCellDeputySecretary,
                    ])),
        ],
        new ProgramLength(Periods: null, Sessions: null, Topics: null, MinDays: 1, MaxDays: 3),
        Credential.None,
        new ClassSizeBounds(20, 500));

    /// <summary>Nghiệp vụ công tác đoàn thể.</summary>
    /// <returns>The programme.</returns>
    public static Program Ctdt() => new(
        "CTDT",
        "Bồi dưỡng nghiệp vụ công tác đoàn thể",
        [
            new HoldsPositionRule(
                "CTDT.MassOrganizationCadre", 1, LegalBasis.CtdtAudience, "là cán bộ Mặt trận, đoàn thể",
                [PositionCategory.MassOrganizationCadre]),
        ],
        new ProgramLength(Periods: null, Sessions: null, Topics: null, MinDays: 3, MaxDays: 5),
        Credential.Certificate,
        new ClassSizeBounds(20, 150));

    /// <summary>Trung cấp lý luận chính trị (run by the provincial Political School, hosted by the centre).</summary>
    /// <returns>The programme.</returns>
    public static Program Tc() => new(
        "TC",
        "Trung cấp lý luận chính trị",
        [
            new PartyMembershipRule("TC.PartyMember", 1, LegalBasis.TcAudience, "là đảng viên", PartyMembership.Probationary, PartyMembership.Full),
            new MinimumEducationRule("TC.MinimumEducation", 1, LegalBasis.TcAudience, EducationLevel.College),
        ],
        new ProgramLength(Periods: null, Sessions: null, Topics: null, MinDays: 300, MaxDays: 365),
        Credential.IntermediateDiploma,
        new ClassSizeBounds(40, 80));
}
