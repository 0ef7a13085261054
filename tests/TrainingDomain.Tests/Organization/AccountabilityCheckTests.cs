using TrainingDomain.Rules;
using TrainingDomain.Organization;

namespace TrainingDomain.Tests.Organization;

public class AccountabilityCheck
{
    private static readonly LocalDate Q1End = new(2018, 3, 31);

    [Fact]
    public void FullyAssignedCentreWithTheDirectorModelIsClean()
    {
        var report = StaffingBuilder.Clean().CheckAccountability(Q1End);

        report.IsClean.ShouldBeTrue();
        report.Findings.ShouldBeEmpty();
        report.DirectorModel.Holds.ShouldBeTrue();
        report.DirectorModel.DirectorStaffId.ShouldBe("gd");
    }

    [Fact]
    public void MandatoryDutyWithoutAnAccountableOwnerIsReported()
    {
        var staffing = StaffingBuilder.Clean();
        staffing.EndDutyAssignment(DutyCodes.Accounting, "kt", new LocalDate(2018, 2, 28));

        var report = staffing.CheckAccountability(Q1End);

        report.UnownedMandatoryDuties.Select(d => d.Code).ShouldBe([DutyCodes.Accounting]);
        report.Findings.ShouldContain("Nhiệm vụ bắt buộc \"Kế toán\" chưa có người chịu trách nhiệm chính vào ngày 31/03/2018.");
        report.IsClean.ShouldBeFalse();
    }

    [Fact]
    public void SupportingRoleDoesNotMakeAnOwner()
    {
        var staffing = StaffingBuilder.Clean();
        staffing.EndDutyAssignment(DutyCodes.Reporting, "pgd", new LocalDate(2018, 2, 28));

        staffing.CheckAccountability(Q1End).UnownedMandatoryDuties.Single().Code.ShouldBe(DutyCodes.Reporting);
    }

    [Theory]
    // Facilities and IT is optional by default, so nobody owning it is not a finding …
    [InlineData(false, false)]
    // … unless the province makes it mandatory.
    [InlineData(true, true)]
    public void OptionalDutyIsReportedOnlyOnceTheProvinceMakesItMandatory(bool mandatory, bool reported)
    {
        var catalog = DutyCatalog.Default.WithMandatory(DutyCodes.FacilitiesAndIt, mandatory);

        var report = StaffingBuilder.Clean(catalog).CheckAccountability(Q1End);

        report.UnownedMandatoryDuties.Any(d => d.Code == DutyCodes.FacilitiesAndIt).ShouldBe(reported);
        report.IsClean.ShouldBe(!reported);
    }

    [Fact]
    public void DutyWithTwoAccountableOwnersIsReported()
    {
        var staffing = StaffingBuilder.Clean();
        staffing.AssignDuty(DutyCodes.Enrolment, "gv2", DutyRole.Accountable, new LocalDate(2018, 3, 1));

        var report = staffing.CheckAccountability(Q1End);

        var conflict = report.MultipleOwners.Single();
        conflict.Duty.Code.ShouldBe(DutyCodes.Enrolment);
        conflict.StaffIds.ShouldBe(["pgd", "gv2"]);
        report.Findings.ShouldContain("Nhiệm vụ \"Chiêu sinh\" có 2 người cùng chịu trách nhiệm chính: Trần Thị Bình, Phạm Thị Dung.");
        report.UnownedMandatoryDuties.ShouldBeEmpty();
    }

    [Fact]
    public void DoubleOwnershipEndsWhenOneOwnerHandsOver()
    {
        var staffing = StaffingBuilder.Clean();
        staffing.AssignDuty(DutyCodes.Enrolment, "gv2", DutyRole.Accountable, new LocalDate(2018, 3, 1));
        staffing.EndDutyAssignment(DutyCodes.Enrolment, "pgd", new LocalDate(2018, 3, 15));

        staffing.CheckAccountability(new LocalDate(2018, 3, 15)).MultipleOwners.Count.ShouldBe(1);
        staffing.CheckAccountability(new LocalDate(2018, 3, 16)).IsClean.ShouldBeTrue();
    }

    [Theory]
    // The accountant's last day is 30/06/2018: still on the staff that day, gone the next.
    [InlineData(2018, 6, 30, false)]
    [InlineData(2018, 7, 1, true)]
    public void DutyHeldBySomeoneNoLongerOnTheStaffIsReported(int y, int m, int d, bool reported)
    {
        var staffing = StaffingBuilder.Clean();
        staffing.EndAppointment("kt", new LocalDate(2018, 6, 30));

        var report = staffing.CheckAccountability(new LocalDate(y, m, d));

        report.HeldByFormerStaff.Select(a => (a.DutyCode, a.StaffId))
            .ShouldBe(reported ? [(DutyCodes.Reporting, "kt"), (DutyCodes.Accounting, "kt")] : [], ignoreOrder: true);
        // A former staff member is not an owner, so accounting is also unowned.
        report.UnownedMandatoryDuties.Any(u => u.Code == DutyCodes.Accounting).ShouldBe(reported);
        report.IsClean.ShouldBe(!reported);
    }

    [Fact]
    public void FormerStaffFindingNamesThePersonAndTheDuty()
    {
        var staffing = StaffingBuilder.Clean();
        staffing.EndAppointment("kt", new LocalDate(2018, 6, 30));

        staffing.CheckAccountability(new LocalDate(2018, 7, 1)).Findings.ShouldContain(
            "Hoàng Văn Em không còn công tác tại trung tâm vào ngày 01/07/2018 nhưng vẫn được giao nhiệm vụ \"Kế toán\" (chịu trách nhiệm chính).");
    }

    [Fact]
    public void CentreThatDidNotExistOnTheDateCannotBeChecked()
    {
        var error = Should.Throw<DomainRuleException>(() => StaffingBuilder.Clean().CheckAccountability(new LocalDate(2025, 7, 1)));

        error.RuleId.ShouldBe("Accountability.CenterNotOperating");
        error.Message.ShouldContain("không hoạt động vào ngày 01/07/2025");
    }
}

public class DirectorModel
{
    [Theory]
    // The director heads the Propaganda Department until 30/06/2020, then someone else does.
    [InlineData(2020, 6, 30, true)]
    [InlineData(2020, 7, 1, false)]
    public void HoldsOnlyWhileTheDirectorHeadsThePropagandaDepartment(int y, int m, int d, bool holds)
    {
        var staffing = StaffingBuilder.Clean();
        staffing.EndPropagandaHeadTerm("gd", new LocalDate(2020, 6, 30));

        var finding = staffing.CheckAccountability(new LocalDate(y, m, d)).DirectorModel;

        finding.Holds.ShouldBe(holds);
        finding.DirectorStaffId.ShouldBe("gd");
    }

    [Fact]
    public void ExplainsInVietnameseWhyItDoesNotHold()
    {
        var staffing = StaffingBuilder.Clean();
        staffing.EndPropagandaHeadTerm("gd", new LocalDate(2020, 6, 30));

        var report = staffing.CheckAccountability(new LocalDate(2020, 7, 1));

        report.DirectorModel.Explanation.ShouldBe(
            "Giám đốc Nguyễn Văn An không đồng thời là Trưởng Ban Tuyên giáo cấp huyện vào ngày 01/07/2020: chưa đúng mô hình Trưởng Ban Tuyên giáo kiêm Giám đốc Trung tâm (Quy định 208-QĐ/TW yêu cầu mô hình này).");
        report.Findings.ShouldContain(report.DirectorModel.Explanation);
        report.IsClean.ShouldBeFalse();
    }

    [Theory]
    // Before Quy định 208-QĐ/TW (08/11/2019) the model was only encouraged by Quyết định 185-QĐ/TW.
    [InlineData(2019, 11, 7, "Quyết định 185-QĐ/TW")]
    [InlineData(2019, 11, 8, "Quy định 208-QĐ/TW")]
    public void ExplanationNamesTheRegulationInForce(int y, int m, int d, string regulation)
    {
        StaffingBuilder.Clean().CheckAccountability(new LocalDate(y, m, d)).DirectorModel.Explanation.ShouldContain(regulation);
    }

    [Fact]
    public void DoesNotHoldWithoutADirector()
    {
        var staffing = StaffingBuilder.Clean();
        staffing.EndAppointment("gd", new LocalDate(2019, 12, 31));

        var finding = staffing.CheckAccountability(new LocalDate(2020, 1, 1)).DirectorModel;

        finding.Holds.ShouldBeFalse();
        finding.DirectorStaffId.ShouldBeNull();
        finding.Explanation.ShouldStartWith("Trung tâm Chính trị huyện Kim Thành không có Giám đốc vào ngày 01/01/2020");
    }

    [Fact]
    public void HoldsAgainWhenTheNewDirectorIsThePropagandaHead()
    {
        var staffing = StaffingBuilder.Clean();
        var handover = new LocalDate(2020, 9, 1);
        staffing.EndAppointment("gd", handover.PlusDays(-1));
        staffing.EndPropagandaHeadTerm("gd", handover.PlusDays(-1));
        staffing.Hire("gd2", "Vũ Thị Giang", StaffPosition.Director, handover);

        staffing.CheckAccountability(handover).DirectorModel.Holds.ShouldBeFalse();

        staffing.RecordPropagandaHeadTerm("gd2", handover);

        staffing.CheckAccountability(handover).DirectorModel.DirectorStaffId.ShouldBe("gd2");
        staffing.CheckAccountability(handover).DirectorModel.Holds.ShouldBeTrue();
    }
}
