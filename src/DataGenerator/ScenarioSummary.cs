namespace TrainingDomain.DataGenerator;

/// <summary>What a generated scenario holds, and the figures of its reporting period as the library's reporter counts them.</summary>
/// <param name="Scenario">The scenario name, e.g. "haiduong-2018q1".</param>
/// <param name="Seed">The seed it was generated from.</param>
/// <param name="PeriodLabel">The reported period, e.g. "Quý I/2018".</param>
/// <param name="Centers">Centres operating in the period.</param>
/// <param name="Classes">Classes counted in the period (<c>Count.ClassPeriod</c>).</param>
/// <param name="LearnerTurns">Learner-turns counted in the period (<c>Count.LearnerTurn</c>).</param>
/// <param name="CentersWithClasses">Centres with at least one class in the period.</param>
/// <param name="CentersWithoutClasses">Names of the centres with no class in the period.</param>
/// <param name="StaffMembers">Centre staff generated.</param>
/// <param name="Lecturers">Lecturers generated.</param>
/// <param name="Nominations">Nominations received, all classes.</param>
/// <param name="Enrollments">Enrolments, all classes (withdrawn ones included).</param>
/// <param name="AttendanceMarks">Attendance marks recorded.</param>
/// <param name="AssessmentResults">Assessment results recorded.</param>
/// <param name="Certificates">Certificates issued.</param>
/// <param name="Anomalies">The problems planted on purpose.</param>
public sealed record ScenarioSummary(
    string Scenario,
    int Seed,
    string PeriodLabel,
    int Centers,
    int Classes,
    int LearnerTurns,
    int CentersWithClasses,
    IReadOnlyList<string> CentersWithoutClasses,
    int StaffMembers,
    int Lecturers,
    int Nominations,
    int Enrollments,
    long AttendanceMarks,
    int AssessmentResults,
    int Certificates,
    PlantedAnomalies Anomalies);
