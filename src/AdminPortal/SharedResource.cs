namespace TrainingDomain.AdminPortal;

/// <summary>Marker for the portal's shared strings (Resources/SharedResource.*.resx).</summary>
public sealed class SharedResource;
