using TrainingDomain.Rules;
using TrainingDomain.Organization;

namespace TrainingDomain.Tests.Organization;

public class DutyAssignmentGuards
{
    private static readonly LocalDate From = new(2018, 3, 1);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void DutyAssignedToNoOneIsRefusedNamingStaffId(string? staffId)
    {
        var error = Should.Throw<ArgumentException>(
            () => StaffingBuilder.Clean().AssignDuty(DutyCodes.Enrolment, staffId!, DutyRole.Accountable, From));

        error.ParamName.ShouldBe("staffId");
        error.Message.ShouldContain("must be assigned to a named staff member");
    }

    [Fact]
    public void AssignmentRecordWithoutStaffIsRefusedNamingStaffId()
    {
        Should.Throw<ArgumentException>(() => new DutyAssignment(DutyCodes.Enrolment, " ", DutyRole.Accountable, From, null))
            .ParamName.ShouldBe("staffId");
    }

    [Theory]
    [InlineData("TEA_MAKING")]
    // Codes are case-sensitive: the catalogue's codes are upper case.
    [InlineData("enrolment")]
    [InlineData("")]
    public void UnknownDutyCodeIsRefusedNamingDutyCode(string dutyCode)
    {
        var error = Should.Throw<ArgumentException>(
            () => StaffingBuilder.Clean().AssignDuty(dutyCode, "gv1", DutyRole.Accountable, From));

        error.ParamName.ShouldBe("dutyCode");
    }

    [Fact]
    public void UnknownDutyCodeMessageListsTheKnownCodes()
    {
        Should.Throw<ArgumentException>(() => StaffingBuilder.Clean().AssignDuty("TEA_MAKING", "gv1", DutyRole.Accountable, From))
            .Message.ShouldContain("ENROLMENT");
    }

    [Fact]
    public void AssignmentEndingBeforeItStartsIsRefusedNamingTo()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(
            () => StaffingBuilder.Clean().AssignDuty(DutyCodes.Enrolment, "gv1", DutyRole.Supporting, From, From.PlusDays(-1)));

        error.ParamName.ShouldBe("to");
        error.Message.ShouldContain("28/02/2018");
    }

    [Fact]
    public void OneDayAssignmentIsAccepted()
    {
        StaffingBuilder.Clean().AssignDuty(DutyCodes.Enrolment, "gv1", DutyRole.Supporting, From, From).ValidTo.ShouldBe(From);
    }

    [Fact]
    public void UnknownStaffIdIsRefusedNamingStaffId()
    {
        Should.Throw<ArgumentException>(() => StaffingBuilder.Clean().AssignDuty(DutyCodes.Enrolment, "ghost", DutyRole.Accountable, From))
            .ParamName.ShouldBe("staffId");
    }
}

public class StaffingRefusesIllegalMoves
{
    private static readonly LocalDate Opening = StaffingBuilder.Opening;

    [Fact]
    public void SecondDirectorAtTheSameTimeIsRefused()
    {
        var error = Should.Throw<DomainRuleException>(
            () => StaffingBuilder.Clean().Hire("gd2", "Vũ Thị Giang", StaffPosition.Director, new LocalDate(2019, 1, 1)));

        error.RuleId.ShouldBe("Staff.SecondDirector");
        error.Message.ShouldContain("Nguyễn Văn An");
    }

    [Fact]
    public void DeputyCanBePromotedOnceTheDirectorLeaves()
    {
        var staffing = StaffingBuilder.Clean();
        staffing.EndAppointment("gd", new LocalDate(2020, 12, 31));
        staffing.EndAppointment("pgd", new LocalDate(2020, 12, 31));

        staffing.Appoint("pgd", StaffPosition.Director, new LocalDate(2021, 1, 1));

        staffing.FindStaff("pgd")!.PositionOn(new LocalDate(2021, 1, 1)).ShouldBe(StaffPosition.Director);
        staffing.FindStaff("pgd")!.PositionOn(new LocalDate(2020, 12, 31)).ShouldBe(StaffPosition.DeputyDirector);
    }

    [Fact]
    public void SecondPostOverlappingTheFirstIsRefused()
    {
        Should.Throw<DomainRuleException>(() => StaffingBuilder.Clean().Appoint("gv1", StaffPosition.Specialist, new LocalDate(2019, 1, 1)))
            .RuleId.ShouldBe("Staff.OverlappingAppointment");
    }

    [Fact]
    public void DutyForSomeoneNotYetOnTheStaffIsRefused()
    {
        var staffing = StaffingBuilder.Clean();
        staffing.Hire("cv", "Đỗ Văn Hải", StaffPosition.Specialist, new LocalDate(2019, 1, 1));

        var error = Should.Throw<DomainRuleException>(
            () => staffing.AssignDuty(DutyCodes.FacilitiesAndIt, "cv", DutyRole.Accountable, new LocalDate(2018, 12, 31)));

        error.RuleId.ShouldBe("Duty.AssigneeNotOnStaff");
        error.Message.ShouldContain("Đỗ Văn Hải không công tác tại Trung tâm Chính trị huyện Kim Thành vào ngày 31/12/2018");
    }

    [Fact]
    public void SameDutyTwiceForOnePersonIsRefused()
    {
        Should.Throw<DomainRuleException>(
                () => StaffingBuilder.Clean().AssignDuty(DutyCodes.Enrolment, "pgd", DutyRole.Supporting, new LocalDate(2019, 1, 1)))
            .RuleId.ShouldBe("Duty.AlreadyAssigned");
    }

    [Theory]
    // Kim Thành's centre exists 01/01/2018–30/06/2025.
    [InlineData(2017, 12, 31, null)]
    [InlineData(2025, 7, 1, null)]
    // A post ending 01/07/2025 outlives the centre by one day.
    [InlineData(2025, 1, 1, 2025)]
    public void HiringOutsideTheCentresDatesIsRefused(int y, int m, int d, int? lastYear)
    {
        LocalDate? to = lastYear is { } year ? new LocalDate(year, 7, 1) : null;

        Should.Throw<DomainRuleException>(
                () => StaffingBuilder.Clean().Hire("x", "Ngô Thị Lan", StaffPosition.Specialist, new LocalDate(y, m, d), to))
            .RuleId.ShouldBe("Staff.OutsideCenterPeriod");
    }

    [Fact]
    public void HiringWithinTheCentresDatesIsAccepted()
    {
        StaffingBuilder.Clean().Hire("x", "Ngô Thị Lan", StaffPosition.Specialist, new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30))
            .IsOnStaffOn(new LocalDate(2025, 6, 30)).ShouldBeTrue();
    }

    [Fact]
    public void OpenEndedPostClosesOnTheCentresLastDay()
    {
        var member = StaffingBuilder.Clean().Hire("x", "Ngô Thị Lan", StaffPosition.Specialist, new LocalDate(2025, 1, 1));

        member.Appointments.Single().ValidTo.ShouldBe(HaiDuongRegistry.DistrictTierLastDay);
        member.IsOnStaffOn(new LocalDate(2025, 7, 1)).ShouldBeFalse();
    }

    [Fact]
    public void EndingAPostNobodyHoldsIsRefused()
    {
        var staffing = StaffingBuilder.Clean();
        staffing.EndAppointment("kt", new LocalDate(2018, 6, 30));

        Should.Throw<DomainRuleException>(() => staffing.EndAppointment("kt", new LocalDate(2018, 7, 1)))
            .RuleId.ShouldBe("Staff.NoAppointmentToEnd");
    }

    [Fact]
    public void DuplicateStaffIdIsRefusedNamingStaffId()
    {
        Should.Throw<ArgumentException>(() => StaffingBuilder.Clean().Hire("gd", "Ai Đó", StaffPosition.Other, Opening))
            .ParamName.ShouldBe("staffId");
    }

    [Fact]
    public void OverlappingPropagandaTermIsRefused()
    {
        Should.Throw<DomainRuleException>(() => StaffingBuilder.Clean().RecordPropagandaHeadTerm("gd", new LocalDate(2020, 1, 1)))
            .RuleId.ShouldBe("Staff.OverlappingPropagandaTerm");
    }
}

public class DefaultDutyCatalog
{
    [Theory]
    [InlineData(DutyCodes.Enrolment, "Chiêu sinh", true)]
    [InlineData(DutyCodes.LearnerManagement, "Quản lý học viên", true)]
    [InlineData(DutyCodes.AcademicAffairs, "Giáo vụ và thời khóa biểu", true)]
    [InlineData(DutyCodes.LecturerInvitation, "Mời giảng viên", true)]
    [InlineData(DutyCodes.Examinations, "Bộ đề và khảo thí", true)]
    [InlineData(DutyCodes.Certificates, "Văn bằng, chứng chỉ", true)]
    [InlineData(DutyCodes.Reporting, "Thống kê, báo cáo", true)]
    // The one optional duty by default [assumed].
    [InlineData(DutyCodes.FacilitiesAndIt, "Cơ sở vật chất và công nghệ thông tin", false)]
    [InlineData(DutyCodes.Accounting, "Kế toán", true)]
    public void HoldsTheDutyWithItsVietnameseNameAndFlag(string code, string name, bool mandatory)
    {
        DutyCatalog.Default.Find(code).ShouldBe(new DutyDefinition(code, name, mandatory));
    }

    [Fact]
    public void HasNineDuties()
    {
        DutyCatalog.Default.Duties.Count.ShouldBe(9);
        DutyCatalog.Default.MandatoryDuties.Count.ShouldBe(8);
    }

    [Fact]
    public void ChangingAFlagLeavesTheDefaultUntouched()
    {
        var changed = DutyCatalog.Default.WithMandatory(DutyCodes.Accounting, false);

        changed.Find(DutyCodes.Accounting)!.Mandatory.ShouldBeFalse();
        DutyCatalog.Default.Find(DutyCodes.Accounting)!.Mandatory.ShouldBeTrue();
    }

    [Fact]
    public void RepeatedCodeIsRefused()
    {
        Should.Throw<ArgumentException>(() => DutyCatalog.Default.With(new DutyDefinition(DutyCodes.Enrolment, "Chiêu sinh 2", true)))
            .ParamName.ShouldBe("duties");
    }

    [Fact]
    public void ChangingAnUnknownDutyIsRefusedNamingCode()
    {
        Should.Throw<ArgumentException>(() => DutyCatalog.Default.WithMandatory("NOPE", true)).ParamName.ShouldBe("code");
    }
}
