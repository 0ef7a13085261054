using System.Text;
using TrainingDomain.Assessment;

namespace TrainingDomain.Tests.Assessment;

internal static class Certificates
{
    public static readonly LocalDate IssueDay = new(2018, 5, 15);
    public static readonly Instant Now = Instant.FromUtc(2018, 6, 1, 3, 0);
    public static readonly IVerificationCodeSource Codes = new HmacVerificationCodeSource(Encoding.UTF8.GetBytes("bí-mật-của-tỉnh-Hải-Dương"));

    public static CertificateRegister Register() => new("KT", 2018);

    public static Certificate IssuePassing(this CertificateRegister register, string name = "Nguyễn Thị Hoa") =>
        register.Issue(ResultBuilder.Passing().Candidate(name), IssueDay, Codes);
}
