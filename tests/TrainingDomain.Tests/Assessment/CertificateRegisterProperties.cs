using CsCheck;
using TrainingDomain.Assessment;

namespace TrainingDomain.Tests.Assessment;

public class CertificateRegisterProperties
{
    // An operation: 0 issue to a new learner, 1 cancel, 2 re-issue; the pick chooses which entry a cancel or re-issue targets.
    private static readonly Gen<(int Op, int Pick)[]> Operations =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 1000]).Array[0, 60];

    [Fact]
    public void AnySequenceOfIssueCancelAndReissueKeepsNumbers1ToNWithoutDuplicates()
    {
        Operations.Sample(operations =>
        {
            var register = Certificates.Register();
            foreach (var (op, pick) in operations)
            {
                Apply(register, op, pick);
            }

            var entries = register.Certificates.ToList();
            var reissues = entries.Where(c => c.ReissueOf is not null).ToList();
            return entries.Select(c => c.Sequence).SequenceEqual(Enumerable.Range(1, entries.Count))
                && entries.Select(c => c.Number).Distinct().Count() == entries.Count
                && entries.Select(c => c.VerificationCode).Distinct().Count() == entries.Count
                && reissues.All(r => register.FindByNumber(r.ReissueOf)!.ReissuedAs == r.Number
                    && register.FindByNumber(r.ReissueOf)!.Status == CertificateStatus.Cancelled
                    && register.FindByNumber(r.ReissueOf)!.Sequence < r.Sequence)
                && entries.GroupBy(c => c.EnrolmentId).All(g => g.Count(c => c.Status == CertificateStatus.Valid) <= 1);
        });
    }

    // Refused moves (cancelling a cancelled entry, re-issuing twice) are part of the sequence: they must change nothing.
    private static void Apply(CertificateRegister register, int op, int pick)
    {
        var entries = register.Certificates.ToList();
        if (op == 0 || entries.Count == 0)
        {
            register.IssuePassing();
            return;
        }

        var target = entries[pick % entries.Count];
        var before = entries.Count;
        try
        {
            if (op == 1)
            {
                register.Cancel(target.Number, "Hủy theo yêu cầu", Certificates.Now);
            }
            else
            {
                register.Reissue(target.Number, "Cấp lại", Certificates.Now, Certificates.IssueDay, Certificates.Codes);
            }
        }
        catch (DomainRuleException)
        {
            if (register.Certificates.Count != before)
            {
                throw;
            }
        }
    }
}
