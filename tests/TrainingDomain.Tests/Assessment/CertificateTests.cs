using TrainingDomain.Assessment;

namespace TrainingDomain.Tests.Assessment;

public class DecidingCertificates
{
    public static TheoryData<string, VerdictOutcome, string?> Cases => new()
    {
        { "passing", VerdictOutcome.Eligible, null },
        { "failing score", VerdictOutcome.Ineligible, ResultPassingRule.RuleId },
        // A failing learner below the threshold fails both rules.
        { "absent and failing", VerdictOutcome.Ineligible, AttendanceMetOrOverriddenRule.RuleId },
        // The override makes attendance pass; the score still has to.
        { "absent with override", VerdictOutcome.Eligible, null },
        // No result yet: nothing to decide on, which is never a yes.
        { "no result", VerdictOutcome.Undetermined, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheVerdictFollowsAttendanceAndResult(string situation, VerdictOutcome expected, string? firstFailedRule)
    {
        var verdict = CertificateRegister.Check(Candidate(situation), Certificates.IssueDay);

        verdict.RuleSetId.ShouldBe("Certificate.Issue");
        verdict.Outcome.ShouldBe(expected);
        verdict.FailedRules.FirstOrDefault()?.RuleId.ShouldBe(firstFailedRule);
    }

    [Fact]
    public void AnOverriddenAttendanceIsExplainedWithItsApprover()
    {
        var verdict = CertificateRegister.Check(Candidate("absent with override"), Certificates.IssueDay);

        verdict.Results[0].Message.ShouldContain("Đã được Trần Văn Bình phê duyệt ngoại lệ");
    }

    [Fact]
    public void AMissingResultIsReportedAsAMissingFact()
    {
        CertificateRegister.Check(Candidate("no result"), Certificates.IssueDay).MissingFacts.ShouldBe(["AssessmentResult"]);
    }

    internal static CertificateCandidate Candidate(string situation) => situation switch
    {
        "passing" => ResultBuilder.Passing().Candidate(),
        "failing score" => ResultBuilder.Passing().Scoring(4.5m).Candidate(),
        "absent and failing" => ResultBuilder.Passing().Attending(20).Scoring(3).Candidate(),
        "absent with override" => ResultBuilder.Passing().Attending(30).OverriddenBy("Trần Văn Bình").Candidate(),
        "no result" => new CertificateCandidate(Guid.NewGuid(), "Lê Văn Nam", null),
        _ => throw new ArgumentOutOfRangeException(nameof(situation)),
    };
}

public class IssuingCertificates
{
    [Fact]
    public void NumbersFollowTheDefaultFormatFrom1()
    {
        var register = Certificates.Register();

        var numbers = Enumerable.Range(0, 15).Select(_ => register.IssuePassing().Number).ToList();

        numbers[0].ShouldBe("1/2018/GCN-KT");
        numbers[14].ShouldBe("15/2018/GCN-KT");
    }

    [Fact]
    public void ACentreCanChooseItsOwnNumberFormat()
    {
        var register = new CertificateRegister("TK", 2018, new CertificateNumberFormat("GCN-{centre}-{year}-{seq}"));

        register.IssuePassing().Number.ShouldBe("GCN-TK-2018-1");
    }

    [Fact]
    public void AFormatWithoutTheSequenceIsRefused()
    {
        Should.Throw<ArgumentException>(() => new CertificateNumberFormat("{year}/GCN-{centre}")).ParamName.ShouldBe("template");
    }

    [Fact]
    public void ALearnerWhoDoesNotQualifyIsRefusedWithTheReasonAndTakesNoNumber()
    {
        var register = Certificates.Register();

        var refusal = Should.Throw<DomainRuleException>(() =>
            register.Issue(ResultBuilder.Passing().Scoring(4.5m).Candidate("Phạm Văn Long"), Certificates.IssueDay, Certificates.Codes));

        refusal.RuleId.ShouldBe("Certificate.NotQualified");
        refusal.Message.ShouldContain("Phạm Văn Long");
        refusal.Message.ShouldContain("4,5 điểm, xếp loại Không đạt");
        register.NextSequence.ShouldBe(1);
    }

    [Fact]
    public void ASecondCertificateForTheSameEnrolmentIsRefused()
    {
        var register = Certificates.Register();
        var candidate = ResultBuilder.Passing().Candidate();
        register.Issue(candidate, Certificates.IssueDay, Certificates.Codes);

        Should.Throw<DomainRuleException>(() => register.Issue(candidate, Certificates.IssueDay, Certificates.Codes))
            .RuleId.ShouldBe("Certificate.AlreadyIssued");
    }

    [Fact]
    public void AnIssueDateOutsideTheRegistersYearIsRefused()
    {
        Should.Throw<ArgumentException>(() =>
                Certificates.Register().Issue(ResultBuilder.Passing().Candidate(), new LocalDate(2019, 1, 2), Certificates.Codes))
            .ParamName.ShouldBe("issuedOn");
    }

    [Fact]
    public void TheCertificateKeepsTheVerdictItWasIssuedOn()
    {
        var certificate = Certificates.Register().IssuePassing();

        certificate.Verdict.Outcome.ShouldBe(VerdictOutcome.Eligible);
        certificate.Verdict.Results.Select(r => r.RuleId).ShouldBe(["Certificate.Attendance", "Certificate.ResultPassing"]);
    }
}

public class CancellingAndReissuingCertificates
{
    [Fact]
    public void ACancelledAndReissuedCertificateKeepsTheRegisterGapFree()
    {
        var register = Certificates.Register();
        register.IssuePassing("Nguyễn Thị Hoa");
        var original = register.IssuePassing("Trần Văn Minh");
        register.IssuePassing("Lê Thị Lan");
        register.Cancel(original.Number, "Sai năm sinh của học viên", Certificates.Now);

        var reissue = register.Reissue(original.Number, "Cấp lại sau khi sửa năm sinh", Certificates.Now, new LocalDate(2018, 6, 2), Certificates.Codes);

        register.Certificates.Select(c => c.Sequence).ShouldBe([1, 2, 3, 4]);
        register.Certificates.Select(c => c.Number).Distinct().Count().ShouldBe(4);
        reissue.Number.ShouldBe("4/2018/GCN-KT");
        reissue.ReissueOf.ShouldBe("2/2018/GCN-KT");
        original.ReissuedAs.ShouldBe("4/2018/GCN-KT");
        original.Status.ShouldBe(CertificateStatus.Cancelled);
        original.CancellationReason.ShouldBe("Sai năm sinh của học viên");
        reissue.EnrolmentId.ShouldBe(original.EnrolmentId);
        reissue.Status.ShouldBe(CertificateStatus.Valid);
    }

    [Fact]
    public void ReissuingAValidCertificateCancelsItWithTheReason()
    {
        var register = Certificates.Register();
        var original = register.IssuePassing();

        register.Reissue(original.Number, "Học viên làm mất bản gốc", Certificates.Now, Certificates.IssueDay, Certificates.Codes);

        original.Status.ShouldBe(CertificateStatus.Cancelled);
        original.CancellationReason.ShouldBe("Học viên làm mất bản gốc");
        original.CancelledAt.ShouldBe(Certificates.Now);
    }

    [Fact]
    public void CancellingTwiceIsRefusedNamingTheState()
    {
        var register = Certificates.Register();
        var certificate = register.IssuePassing();
        register.Cancel(certificate.Number, "Cấp nhầm", Certificates.Now);

        var refusal = Should.Throw<DomainRuleException>(() => register.Cancel(certificate.Number, "Cấp nhầm", Certificates.Now));

        refusal.RuleId.ShouldBe("Certificate.AlreadyCancelled");
        refusal.Message.ShouldContain("«Đã hủy»");
    }

    [Fact]
    public void ReissuingTheSameOriginalTwiceIsRefusedNamingTheReissue()
    {
        var register = Certificates.Register();
        var original = register.IssuePassing();
        register.Reissue(original.Number, "Mất bản gốc", Certificates.Now, Certificates.IssueDay, Certificates.Codes);

        var refusal = Should.Throw<DomainRuleException>(() =>
            register.Reissue(original.Number, "Mất lần nữa", Certificates.Now, Certificates.IssueDay, Certificates.Codes));

        refusal.RuleId.ShouldBe("Certificate.AlreadyReissued");
        refusal.Message.ShouldContain("2/2018/GCN-KT");
    }

    [Fact]
    public void AFreshIssueForAnEnrolmentWithACancelledCertificateIsSentToReissue()
    {
        var register = Certificates.Register();
        var candidate = ResultBuilder.Passing().Candidate();
        var certificate = register.Issue(candidate, Certificates.IssueDay, Certificates.Codes);
        register.Cancel(certificate.Number, "Cấp nhầm lớp", Certificates.Now);

        Should.Throw<DomainRuleException>(() => register.Issue(candidate, Certificates.IssueDay, Certificates.Codes))
            .RuleId.ShouldBe("Certificate.UseReissue");
    }

    [Fact]
    public void CancellingWithoutAReasonIsRefused()
    {
        var register = Certificates.Register();
        var certificate = register.IssuePassing();

        Should.Throw<ArgumentException>(() => register.Cancel(certificate.Number, " ", Certificates.Now)).ParamName.ShouldBe("reason");
    }

    [Fact]
    public void AnUnknownNumberIsRefused()
    {
        Should.Throw<ArgumentException>(() => Certificates.Register().Cancel("99/2018/GCN-KT", "Cấp nhầm", Certificates.Now))
            .ParamName.ShouldBe("number");
    }
}

public class VerifyingCertificates
{
    [Fact]
    public void CodesUseTenUnambiguousCharacters()
    {
        var register = Certificates.Register();

        var codes = Enumerable.Range(0, 50).Select(_ => register.IssuePassing().VerificationCode).ToList();

        codes.ShouldAllBe(c => c.Length == 10 && !c.Any(ch => "0O1I".Contains(ch)));
        codes.Distinct().Count().ShouldBe(50);
    }

    [Fact]
    public void TheSameSecretGivesTheSameCodeAndAnotherSecretAnotherCode()
    {
        var secret = new HmacVerificationCodeSource("một-bí-mật-đủ-dài"u8.ToArray());
        var same = new HmacVerificationCodeSource("một-bí-mật-đủ-dài"u8.ToArray());
        var other = new HmacVerificationCodeSource("một-bí-mật-khác-hẳn"u8.ToArray());

        secret.CodeFor("KT", 2018, 15, 0).ShouldBe(same.CodeFor("KT", 2018, 15, 0));
        secret.CodeFor("KT", 2018, 15, 0).ShouldNotBe(other.CodeFor("KT", 2018, 15, 0));
        secret.CodeFor("KT", 2018, 15, 0).ShouldNotBe(secret.CodeFor("KT", 2018, 16, 0));
    }

    [Fact]
    public void RandomCodesAreWellFormed()
    {
        VerificationCode.IsWellFormed(RandomVerificationCodeSource.Instance.CodeFor("KT", 2018, 1, 0)).ShouldBeTrue();
    }

    [Fact]
    public void ACertificateIsFoundByItsCodeAsPeopleTypeIt()
    {
        var register = Certificates.Register();
        register.IssuePassing();
        var certificate = register.IssuePassing("Đỗ Minh Tuấn");
        var typed = certificate.VerificationCode[..5].ToLowerInvariant() + "-" + certificate.VerificationCode[5..];

        register.FindByVerificationCode(typed).ShouldBeSameAs(certificate);
    }

    [Theory]
    [InlineData("")]
    // Well formed, but never issued.
    [InlineData("2222222222")]
    // 0 and O are not in the alphabet, so this cannot be a code.
    [InlineData("O000000000")]
    public void AnUnknownCodeFindsNothing(string code)
    {
        var register = Certificates.Register();
        register.IssuePassing();

        register.FindByVerificationCode(code).ShouldBeNull();
    }

    [Fact]
    public void ACodeAlreadyInTheRegisterIsAskedForAgain()
    {
        var register = Certificates.Register();

        register.Issue(ResultBuilder.Passing().Candidate(), Certificates.IssueDay, new CollidingCodes());
        var second = register.Issue(ResultBuilder.Passing().Candidate(), Certificates.IssueDay, new CollidingCodes());

        second.VerificationCode.ShouldBe("BBBBBBBBBB");
    }

    // Always proposes the same first code, then a different one.
    private sealed class CollidingCodes : IVerificationCodeSource
    {
        public string CodeFor(string centreCode, int year, int sequence, int attempt) => attempt == 0 ? "AAAAAAAAAA" : "BBBBBBBBBB";
    }
}

public class IssuingToAClass
{
    [Fact]
    public void EveryoneWhoQualifiesIsIssuedAndTheOthersAreListedWithTheirReasons()
    {
        var register = Certificates.Register();
        var alreadyHolding = ResultBuilder.Passing().Candidate("Vũ Thị Mai");
        var held = register.Issue(alreadyHolding, Certificates.IssueDay, Certificates.Codes);
        CertificateCandidate[] learners =
        [
            ResultBuilder.Passing().Candidate("Nguyễn Văn An"),
            ResultBuilder.Passing().Scoring(4).Candidate("Bùi Văn Cường"),
            ResultBuilder.Passing().Attending(30).OverriddenBy("Trần Văn Bình").Candidate("Hoàng Thị Dung"),
            ResultBuilder.Passing().Attending(20).Scoring(3).Candidate("Phan Văn Giang"),
            new CertificateCandidate(Guid.NewGuid(), "Đặng Thị Hạnh", null),
            alreadyHolding,
        ];

        var batch = register.IssueToClass(learners, Certificates.IssueDay, Certificates.Codes);

        batch.Issued.Select(c => (c.LearnerName, c.Number)).ShouldBe([("Nguyễn Văn An", "2/2018/GCN-KT"), ("Hoàng Thị Dung", "3/2018/GCN-KT")]);
        batch.NotIssued.Select(r => r.LearnerName).ShouldBe(["Bùi Văn Cường", "Phan Văn Giang", "Đặng Thị Hạnh", "Vũ Thị Mai"]);
        batch.NotIssued[0].Reasons.ShouldBe(["Kết quả bài kiểm tra: 4 điểm, xếp loại Không đạt."]);
        batch.NotIssued[1].Reasons.Count.ShouldBe(2);
        batch.NotIssued[1].Reasons[0].ShouldContain("20/40 tiết (50 %), dưới ngưỡng chuyên cần 80 %");
        batch.NotIssued[2].Verdict.ShouldNotBeNull().Outcome.ShouldBe(VerdictOutcome.Undetermined);
        batch.NotIssued[3].Verdict.ShouldBeNull();
        batch.NotIssued[3].Reasons.ShouldBe([$"Học viên Vũ Thị Mai đã được cấp giấy chứng nhận số {held.Number} (còn hiệu lực)."]);
    }
}
