namespace TrainingDomain.Tests.Rules;

public class VerdictComposition
{
    private sealed record Subject(bool? A, bool? B);

    private sealed class Flag(string id, Func<Subject, bool?> read) : Rule<Subject>(id, 1, "test")
    {
        public override RuleResult Evaluate(Subject context) => read(context) switch
        {
            true => Pass($"{Id} đúng"),
            false => Fail($"{Id} sai"),
            null => Unknown(Id, $"thiếu {Id}"),
        };
    }

    private static readonly Flag A = new("A", s => s.A);
    private static readonly Flag B = new("B", s => s.B);

    [Theory]
    [InlineData(true, true, RuleOutcome.Passed, RuleOutcome.Passed, RuleOutcome.Failed)]
    [InlineData(true, false, RuleOutcome.Failed, RuleOutcome.Passed, RuleOutcome.Failed)]
    [InlineData(false, false, RuleOutcome.Failed, RuleOutcome.Failed, RuleOutcome.Passed)]
    // Unknown only matters when nothing decides the outcome.
    [InlineData(true, null, RuleOutcome.Unknown, RuleOutcome.Passed, RuleOutcome.Failed)]
    [InlineData(false, null, RuleOutcome.Failed, RuleOutcome.Unknown, RuleOutcome.Passed)]
    [InlineData(null, null, RuleOutcome.Unknown, RuleOutcome.Unknown, RuleOutcome.Unknown)]
    public void AllOfAnyOfAndNotFollowThreeValuedLogic(bool? a, bool? b, RuleOutcome all, RuleOutcome any, RuleOutcome notA)
    {
        var subject = new Subject(a, b);

        new AllOf<Subject>("All", 1, "test", "A và B", A, B).Evaluate(subject).Outcome.ShouldBe(all);
        new AnyOf<Subject>("Any", 1, "test", "A hoặc B", A, B).Evaluate(subject).Outcome.ShouldBe(any);
        new Not<Subject>("NotA", 1, "test", A, "không được A", "không A").Evaluate(subject).Outcome.ShouldBe(notA);
    }

    [Fact]
    public void FailedRulesLookThroughCompositesToTheirCauses()
    {
        var set = new RuleSet<Subject>("Test", [new AllOf<Subject>("All", 1, "test", "A và B", A, B), new Not<Subject>("NotA", 1, "test", A, "không được A", "không A")]);

        var verdict = set.Evaluate(new Subject(true, false), new LocalDate(2018, 1, 1));

        verdict.Outcome.ShouldBe(VerdictOutcome.Ineligible);
        verdict.FailedRules.Select(r => r.RuleId).ShouldBe(["B", "NotA"]);
    }

    [Fact]
    public void AFailureOutweighsAMissingFact()
    {
        var verdict = new RuleSet<Subject>("Test", [A, B]).Evaluate(new Subject(false, null), new LocalDate(2018, 1, 1));

        verdict.Outcome.ShouldBe(VerdictOutcome.Ineligible);
    }

    [Fact]
    public void AMissingFactIsNeverEligible()
    {
        var verdict = new RuleSet<Subject>("Test", [A, B]).Evaluate(new Subject(true, null), new LocalDate(2018, 1, 1));

        verdict.Outcome.ShouldBe(VerdictOutcome.Undetermined);
        verdict.MissingFacts.ShouldBe(["B"]);
        verdict.IsAccepted.ShouldBeFalse();
    }
}

public class VerdictOverrides
{
    private static readonly Instant Now = Instant.FromUtc(2018, 3, 1, 8, 0);

    private static Verdict Ineligible() => new("Test", new LocalDate(2018, 3, 5), [new RuleResult("R", 1, "test", RuleOutcome.Failed, "sai")]);

    [Fact]
    public void AnOverrideRecordsApproverReasonAndTimeAndAcceptsTheSubject()
    {
        var overridden = Ineligible().OverrideWith("Nguyễn Văn Hùng, Giám đốc", "Đối tượng đặc biệt theo chỉ đạo của Ban Thường vụ", Now);

        overridden.IsAccepted.ShouldBeTrue();
        overridden.Outcome.ShouldBe(VerdictOutcome.Ineligible);
        overridden.Override.ShouldBe(new VerdictOverride("Nguyễn Văn Hùng, Giám đốc", "Đối tượng đặc biệt theo chỉ đạo của Ban Thường vụ", Now));
    }

    [Theory]
    [InlineData("", "lý do", "approver")]
    [InlineData("Giám đốc", " ", "reason")]
    public void AnOverrideNeedsAnApproverAndAReason(string approver, string reason, string param)
    {
        Should.Throw<ArgumentException>(() => Ineligible().OverrideWith(approver, reason, Now)).ParamName.ShouldBe(param);
    }

    [Fact]
    public void AnEligibleVerdictCannotBeOverridden()
    {
        var eligible = new Verdict("Test", new LocalDate(2018, 3, 5), [new RuleResult("R", 1, "test", RuleOutcome.Passed, "đúng")]);

        Should.Throw<DomainRuleException>(() => eligible.OverrideWith("Giám đốc", "lý do", Now)).RuleId.ShouldBe("Verdict.OverrideNotNeeded");
    }

    [Fact]
    public void AnOverrideIsRecordedOnlyOnce()
    {
        var once = Ineligible().OverrideWith("Giám đốc", "lý do", Now);

        Should.Throw<DomainRuleException>(() => once.OverrideWith("Phó Giám đốc", "lý do khác", Now)).RuleId.ShouldBe("Verdict.AlreadyOverridden");
    }
}
