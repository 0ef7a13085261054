namespace TrainingDomain.Lecturers;

/// <summary>A lecturer booked to teach one session in one slot.</summary>
/// <param name="Slot">When.</param>
/// <param name="Session">Which session.</param>
public sealed record Booking(TeachingSlot Slot, SessionReference Session);
