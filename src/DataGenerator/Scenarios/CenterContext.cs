using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>What a scenario knows about one centre while it builds the centre's classes.</summary>
internal sealed class CenterContext
{
    public required TrainingCenter Center { get; init; }

    public required string GsoCode { get; init; }

    /// <summary>The district-level unit as written in an address, e.g. "huyện Nam Sách".</summary>
    public required string DistrictName { get; init; }

    /// <summary>The code in certificate numbers, e.g. "NS" in "15/2018/GCN-NS".</summary>
    public required string CentreCode { get; init; }

    public required CenterStaffing Staffing { get; init; }

    public required List<Lecturer> Lecturers { get; init; }

    public required List<NominatingOrganization> Organizations { get; init; }

    public AnnualClassPlan? Plan { get; set; }

    public CertificateRegister? Register { get; set; }

    public int Decisions { get; set; }

    /// <summary>The director's name: the signer of opening decisions.</summary>
    public string Director => Staffing.Staff.First(s => s.Appointments.Any(a => a.Position == StaffPosition.Director)).FullName;

    /// <summary>Who records attendance: the accountable owner of learner management, else the deputy.</summary>
    public string AttendanceClerk =>
        Staffing.DutyAssignments.FirstOrDefault(a => a.DutyCode == DutyCodes.LearnerManagement && a.Role == DutyRole.Accountable)?.StaffId
        ?? Staffing.Staff.First(s => s.Appointments.Any(a => a.Position == StaffPosition.DeputyDirector)).Id;
}
