namespace TrainingDomain.Reporting;

/// A class as the report assembles it: its record (centre, programme, first session) and, when they were measured
/// elsewhere (by the database), its figures; <c>null</c> figures are measured from the record's enrolments.
internal readonly record struct MeasuredClass(ClassRecord Record, Figures? Figures);
