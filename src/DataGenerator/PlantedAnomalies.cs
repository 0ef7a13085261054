namespace TrainingDomain.DataGenerator;

/// <summary>How many of each planted problem a scenario holds, counted as they are planted.</summary>
/// <param name="WrongAudienceNominations">Nominations outside the programme's audience (refused).</param>
/// <param name="Absentees">Learners planted below the attendance threshold.</param>
/// <param name="ExpiredRecognitions">Part-time lecturers with no recognition valid on the reference date.</param>
/// <param name="UnownedDuties">Mandatory duties of a centre without an accountable owner on the reference date.</param>
/// <param name="WithdrawnBeforeStart">Enrolments withdrawn before the first session.</param>
public sealed record PlantedAnomalies(int WrongAudienceNominations, int Absentees, int ExpiredRecognitions, int UnownedDuties, int WithdrawnBeforeStart);
