namespace TrainingDomain.Lecturers;

/// <summary>A part-time lecturer's recognition that is about to expire.</summary>
/// <param name="LecturerId">The lecturer's id.</param>
/// <param name="LecturerName">The lecturer's full name.</param>
/// <param name="HomeCenterId">The lecturer's centre.</param>
/// <param name="Decision">The expiring decision.</param>
/// <param name="DaysLeft">Days from the query date to the last valid day: 0 when it is the last valid day.</param>
public sealed record ExpiringRecognition(
    string LecturerId,
    string LecturerName,
    string HomeCenterId,
    RecognitionDecision Decision,
    int DaysLeft);
