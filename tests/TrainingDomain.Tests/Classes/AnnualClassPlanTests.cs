using TrainingDomain.Classes;

namespace TrainingDomain.Tests.Classes;

public class AnnualClassPlanTests
{
    private static readonly LocalDate MidYear = new(2018, 6, 30);

    [Fact]
    public void CountsOpenedClassesAndLearnerTurnsAgainstTheYearsPlan()
    {
        var plan = Plan();
        var opened = ClassBuilder.Ntd().InProgress(30);
        // Withdrawn on the day of the first session: still a learner-turn.
        opened.Withdraw(opened.Enrollments[0].Id, ClassBuilder.Start, "Rút");
        var stillEnrolling = ClassBuilder.Ntd().Enrolling(40);

        var progress = plan.ProgressAsOf(MidYear, [opened, stillEnrolling]);

        progress.For("NTD").ShouldBe(new PlanProgressLine("NTD", 1, 4, 30, 320));
        progress.For("DVM").ShouldBe(new PlanProgressLine("DVM", 0, 1, 0, 60));
        progress.Total.ShouldBe(new PlanProgressLine(null, 1, 5, 30, 380));
        progress.Total.ClassShare.ShouldBe(0.2m);
    }

    [Fact]
    public void AWithdrawalBeforeTheFirstSessionIsNotALearnerTurn()
    {
        var opened = ClassBuilder.Ntd().Enrolling(3);
        opened.Withdraw(opened.Enrollments[0].Id, ClassBuilder.Start.PlusDays(-1), "Chuyển công tác");
        opened.Withdraw(opened.Enrollments[1].Id, ClassBuilder.Start.PlusDays(-1), "Ốm");
        opened.Open(new Verdict(OpeningRules.RuleSetIdPrefix, ClassBuilder.Start, []));

        Plan().ProgressAsOf(MidYear, [opened]).Total.LearnerTurns.ShouldBe(1);
    }

    [Theory]
    // The first session (05/03/2018) is after the as-of date: not counted yet.
    [InlineData(3, 4, 0)]
    [InlineData(3, 5, 1)]
    public void CountsAClassFromItsFirstSession(int month, int day, int expected)
    {
        var opened = ClassBuilder.Ntd().InProgress(30);

        Plan().ProgressAsOf(new LocalDate(2018, month, day), [opened]).Total.ClassesOpened.ShouldBe(expected);
    }

    [Fact]
    public void AnApprovedPlanNoLongerChanges()
    {
        var plan = Plan();

        var refusal = Should.Throw<DomainRuleException>(() => plan.AddItem("SC", 3, 1, 50));

        refusal.RuleId.ShouldBe("Plan.AlreadyApproved");
        refusal.Message.ShouldContain("112-QĐ/HU");
    }

    [Fact]
    public void RefusesToApproveAnEmptyPlan()
    {
        Should.Throw<DomainRuleException>(() => new AnnualClassPlan(Guid.NewGuid(), "TT-293", 2018).Approve("1-QĐ/HU", new LocalDate(2018, 1, 5), "Huyện ủy"))
            .RuleId.ShouldBe("Plan.Empty");
    }

    private static AnnualClassPlan Plan()
    {
        var plan = new AnnualClassPlan(Guid.NewGuid(), "TT-293", 2018);
        plan.AddItem("NTD", 1, 2, 160);
        plan.AddItem("NTD", 3, 2, 160);
        plan.AddItem("DVM", 2, 1, 60);
        plan.Approve("112-QĐ/HU", new LocalDate(2017, 12, 20), "Ban Thường vụ Huyện ủy Kim Thành");
        return plan;
    }
}
