using System.Globalization;
using CsvHelper;
using NodaTime;
using NodaTime.Text;
using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.People;

namespace TrainingDomain.DataGenerator.Writing;

/// <summary>
/// A dataset as flat tables for CSV and JSON. Rows refer to each other by the keys people read (centre id, class code,
/// sequence within the class), never by the random ids the library gives nominations and enrolments, so that the same
/// seed gives the same bytes.
/// </summary>
internal static class ExportTables
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    public static IEnumerable<ITable> From(Dataset d)
    {
        yield return new Table<CenterRow>("centers", d.Registry.Centers.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new CenterRow(
            c.Id, c.Name, c.GoverningCommittee, Date(c.ValidFrom), Date(c.ValidTo), string.Join(";", c.ServiceAreas.Select(a => a.UnitId)))));
        yield return new Table<StaffRow>("staff", d.Staffing.SelectMany(s => s.Staff.Select(m => new StaffRow(
            s.CenterId, m.Id, m.FullName, m.Appointments.First().Position.ToString(), Date(m.Appointments.First().ValidFrom), m.PropagandaHeadTerms.Count > 0))));
        yield return new Table<DutyRow>("duties", d.Staffing.SelectMany(s => s.DutyAssignments.Select(a => new DutyRow(
            s.CenterId, a.DutyCode, a.StaffId, a.Role.ToString(), Date(a.ValidFrom), Date(a.ValidTo)))));
        yield return new Table<LecturerRow>("lecturers", d.Lecturers.Select(l => new LecturerRow(
            l.Id, l.FullName, l.Kind.ToString(), l.HomeCenterId, l.EducationLevel?.ToString(), l.PoliticalTheoryLevel?.ToString(), l.HasPedagogyCertificate,
            string.Join(";", l.Topics), l.LatestRecognition?.DecisionNumber, Date(l.LatestRecognition?.ValidFrom), Date(l.LatestRecognition?.ValidTo))));
        yield return new Table<OrganizationRow>("organizations", d.Organizations.Select(o => new OrganizationRow(o.Id, o.Kind.ToString(), o.Name)));
        yield return new Table<PlanRow>("plans", d.Plans.SelectMany(p => p.Items.Select(i => new PlanRow(
            p.CenterId, p.Year, i.ProgramCode, i.Quarter, i.PlannedClasses, i.PlannedLearnerTurns, p.Approval?.DecisionNumber))));
        yield return new Table<ClassRow>("classes", d.Classes.Select(c => new ClassRow(
            c.CenterId, c.Code, c.ProgramCode, c.Venue, Date(c.PlannedStart), Date(c.PlannedEnd), c.Capacity, c.Status.ToString(),
            c.OpeningDecision?.Number, c.Sessions.Count, c.ActiveEnrollmentCount)));
        yield return new Table<SessionRow>("sessions", d.Classes.SelectMany(c => c.Sessions.Select(s => new SessionRow(
            c.CenterId, c.Code, s.Number, Date(s.Date), s.HalfDay?.ToString(), s.TopicCode, s.Periods, s.LecturerId))));
        yield return new Table<NominationRow>("nominations", d.Classes.SelectMany(c => c.Nominations.Select((n, i) => new NominationRow(
            c.CenterId, c.Code, i + 1, n.Organization.Id, Date(n.ReceivedOn), n.Learner.FullName, n.Learner.Sex?.ToString(), Date(n.Learner.BirthDate),
            n.Learner.Ethnicity, n.Learner.CitizenId?.Value, n.Learner.Education?.ToString(), n.Learner.PoliticalTheory?.ToString(),
            n.Learner.Party?.Membership.ToString(), Date(n.Learner.Party?.AdmittedOn), string.Join("; ", n.Learner.Positions.Select(p => $"{p.Title}, {p.Organization}")),
            n.Verdict.Outcome.ToString(), n.Status.ToString(), n.RefusalReason))));
        yield return new Table<EnrollmentRow>("enrollments", d.Classes.SelectMany(c => c.Enrollments.Select((e, i) => new EnrollmentRow(
            c.CenterId, c.Code, i + 1, NominationNumber(c, e), e.Learner.FullName, e.Learner.CitizenId?.Value, Date(e.EnrolledOn), e.Status.ToString(),
            Date(e.WithdrawnOn), e.Passed))));
        yield return new Table<AttendanceRow>("attendance", d.Classes.SelectMany(c => c.Enrollments.SelectMany((e, i) => e.Marks.OrderBy(m => m.SessionNumber).Select(m => new AttendanceRow(
            c.CenterId, c.Code, i + 1, m.SessionNumber, m.Mark.ToString(), m.Reason)))));
        yield return new Table<ResultRow>("results", d.Results.Select(r => new ResultRow(
            r.Class.CenterId, r.Class.Code, EnrollmentNumber(r.Class, r.Result.EnrolmentId), r.Result.Kind.ToString(),
            r.Result.Score.Value.ToString("0.0", CultureInfo.InvariantCulture), r.Result.Classification.ToString(), Date(r.Result.AssessedOn))));
        var classOfEnrollment = d.Classes.SelectMany(c => c.Enrollments.Select((e, i) => (e.Id, Class: c, Number: i + 1))).ToDictionary(x => x.Id);
        yield return new Table<CertificateRow>("certificates", d.CertificateRegisters.SelectMany(r => r.Certificates.OrderBy(c => c.Sequence).Select(c => new CertificateRow(
            c.Number, r.CentreCode, r.Year, c.Sequence, classOfEnrollment[c.EnrolmentId].Class.Code, classOfEnrollment[c.EnrolmentId].Number,
            c.LearnerName, Date(c.IssuedOn), c.VerificationCode, c.Status.ToString()))));
        yield return new Table<QuestionRow>("questions", d.Questions.GroupBy(q => q.ProgramCode).SelectMany(g => g.Select((q, i) => new QuestionRow(
            q.ProgramCode, i + 1, q.TopicCode, q.Difficulty.ToString(), q.Kind.ToString(), q.Stem, string.Join(" | ", q.Options.Select(o => $"{o.Key}. {o.Text}")),
            q.CorrectKey, q.MarkingGuide, q.Status.ToString(), q.Version))));
        yield return new Table<BlueprintCellRow>("blueprints", d.Blueprints.SelectMany(b => b.Cells.Select(c => new BlueprintCellRow(
            b.ProgramCode, c.TopicCode, c.Difficulty.ToString(), c.Count, b.EssayCount))));
    }

    private static string? Date(LocalDate? date) => date is { } d ? Iso.Format(d) : null;

    private static int NominationNumber(TrainingClass c, Enrollment e)
    {
        var nominations = c.Nominations;
        for (var i = 0; i < nominations.Count; i++)
        {
            if (nominations[i].Id == e.NominationId)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int EnrollmentNumber(TrainingClass c, Guid enrollmentId)
    {
        var enrollments = c.Enrollments;
        for (var i = 0; i < enrollments.Count; i++)
        {
            if (enrollments[i].Id == enrollmentId)
            {
                return i + 1;
            }
        }

        return 0;
    }
}

/// <summary>A named table of rows of one type.</summary>
internal interface ITable
{
    string Name { get; }

    Type RowType { get; }

    System.Collections.IEnumerable Rows { get; }

    /// <summary>Writes the header and every row; returns the number of rows.</summary>
    int WriteTo(CsvWriter csv);
}

internal sealed record Table<T>(string Name, IEnumerable<T> TypedRows) : ITable
{
    public Type RowType => typeof(T);

    public System.Collections.IEnumerable Rows => TypedRows;

    public int WriteTo(CsvWriter csv)
    {
        var count = 0;
        csv.WriteRecords(TypedRows.Select(r =>
        {
            count++;
            return r;
        }));
        return count;
    }
}

[CsvRecord]
internal sealed partial record CenterRow(string Id, string Name, string GoverningCommittee, string? ValidFrom, string? ValidTo, string ServedUnitIds);

[CsvRecord]
internal sealed partial record StaffRow(string CenterId, string StaffId, string FullName, string Position, string? From, bool HeadsPropagandaDepartment);

[CsvRecord]
internal sealed partial record DutyRow(string CenterId, string DutyCode, string StaffId, string Role, string? From, string? To);

[CsvRecord]
internal sealed partial record LecturerRow(
    string Id, string FullName, string Kind, string HomeCenterId, string? Education, string? PoliticalTheory, bool? PedagogyCertificate, string Topics,
    string? RecognitionNumber, string? RecognitionFrom, string? RecognitionTo);

[CsvRecord]
internal sealed partial record OrganizationRow(string Id, string Kind, string Name);

[CsvRecord]
internal sealed partial record PlanRow(string CenterId, int Year, string ProgramCode, int Quarter, int PlannedClasses, int PlannedLearnerTurns, string? ApprovalDecision);

[CsvRecord]
internal sealed partial record ClassRow(
    string CenterId, string Code, string ProgramCode, string Venue, string? PlannedStart, string? PlannedEnd, int Capacity, string Status,
    string? OpeningDecision, int Sessions, int ActiveEnrollments);

[CsvRecord]
internal sealed partial record SessionRow(string CenterId, string ClassCode, int Number, string? Date, string? HalfDay, string TopicCode, int Periods, string LecturerId);

[CsvRecord]
internal sealed partial record NominationRow(
    string CenterId, string ClassCode, int Number, string OrganizationId, string? ReceivedOn, string FullName, string? Sex, string? BirthDate,
    string? Ethnicity, string? CitizenId, string? Education, string? PoliticalTheory, string? Party, string? PartyAdmittedOn, string Positions,
    string Verdict, string Status, string? RefusalReason);

[CsvRecord]
internal sealed partial record EnrollmentRow(
    string CenterId, string ClassCode, int Number, int NominationNumber, string FullName, string? CitizenId, string? EnrolledOn, string Status,
    string? WithdrawnOn, bool? Passed);

[CsvRecord]
internal sealed partial record AttendanceRow(string CenterId, string ClassCode, int EnrollmentNumber, int Session, string Mark, string? Reason);

[CsvRecord]
internal sealed partial record ResultRow(string CenterId, string ClassCode, int EnrollmentNumber, string Kind, string Score, string Classification, string? AssessedOn);

[CsvRecord]
internal sealed partial record CertificateRow(
    string Number, string CentreCode, int Year, int Sequence, string ClassCode, int EnrollmentNumber, string LearnerName, string? IssuedOn,
    string VerificationCode, string Status);

[CsvRecord]
internal sealed partial record QuestionRow(
    string ProgramCode, int Number, string TopicCode, string Difficulty, string Kind, string Stem, string Options, string? CorrectKey, string? MarkingGuide,
    string Status, int Version);

[CsvRecord]
internal sealed partial record BlueprintCellRow(string ProgramCode, string TopicCode, string Difficulty, int Count, int EssayCount);
