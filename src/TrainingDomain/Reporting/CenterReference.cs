namespace TrainingDomain.Reporting;

/// <summary>A centre named in a report.</summary>
/// <param name="CenterId">The centre.</param>
/// <param name="CenterName">Its name.</param>
public sealed record CenterReference(string CenterId, string CenterName);
