namespace TrainingDomain.Organization;

/// <summary>
/// Whether a centre followed the director model of Quy định 208-QĐ/TW on a date: its director concurrently heads the
/// district Propaganda Department.
/// </summary>
/// <param name="Holds">Whether the model holds.</param>
/// <param name="DirectorStaffId">The director's staff id; <c>null</c> when the centre had no director on the date.</param>
/// <param name="Explanation">A Vietnamese sentence saying why the model holds or not.</param>
public sealed record DirectorModelFinding(bool Holds, string? DirectorStaffId, string Explanation);
