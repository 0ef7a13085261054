using TrainingDomain.Organization;

namespace TrainingDomain.Tests.Organization;

// Kim Thành's centre staffed with Hải Dương's five posts (director, deputy, two lecturers, accountant), the director
// heading the Propaganda Department and every mandatory duty of the default catalogue owned by exactly one person.
internal static class StaffingBuilder
{
    public static readonly LocalDate Opening = new(2018, 1, 1);

    public static TrainingCenter KimThanhCenter() => HaiDuongRegistry.Create().FindCenter(HaiDuongRegistry.KimThanhCenterId)!;

    public static CenterStaffing Clean(DutyCatalog? catalog = null)
    {
        var staffing = new CenterStaffing(KimThanhCenter(), catalog);
        staffing.Hire("gd", "Nguyễn Văn An", StaffPosition.Director, Opening);
        staffing.RecordPropagandaHeadTerm("gd", Opening);
        staffing.Hire("pgd", "Trần Thị Bình", StaffPosition.DeputyDirector, Opening);
        staffing.Hire("gv1", "Lê Văn Cường", StaffPosition.FullTimeLecturer, Opening);
        staffing.Hire("gv2", "Phạm Thị Dung", StaffPosition.FullTimeLecturer, Opening);
        staffing.Hire("kt", "Hoàng Văn Em", StaffPosition.Accountant, Opening);
        staffing.AssignDuty(DutyCodes.Enrolment, "pgd", DutyRole.Accountable, Opening);
        staffing.AssignDuty(DutyCodes.LearnerManagement, "gv1", DutyRole.Accountable, Opening);
        staffing.AssignDuty(DutyCodes.AcademicAffairs, "pgd", DutyRole.Accountable, Opening);
        staffing.AssignDuty(DutyCodes.LecturerInvitation, "gd", DutyRole.Accountable, Opening);
        staffing.AssignDuty(DutyCodes.Examinations, "gv2", DutyRole.Accountable, Opening);
        staffing.AssignDuty(DutyCodes.Certificates, "gv1", DutyRole.Accountable, Opening);
        staffing.AssignDuty(DutyCodes.Reporting, "pgd", DutyRole.Accountable, Opening);
        staffing.AssignDuty(DutyCodes.Reporting, "kt", DutyRole.Supporting, Opening);
        staffing.AssignDuty(DutyCodes.Accounting, "kt", DutyRole.Accountable, Opening);
        return staffing;
    }
}
