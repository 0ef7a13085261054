using TrainingDomain.Lecturers;

namespace TrainingDomain.Classes;

/// <summary>A lecturer's engagement outside this class (another class, another centre), used to find double bookings.</summary>
/// <param name="LecturerId">The lecturer's id.</param>
/// <param name="Slot">When the lecturer is engaged.</param>
/// <param name="Description">What the engagement is, in Vietnamese, e.g. "lớp NTD-04/2018, buổi 2".</param>
public sealed record LecturerBooking(string LecturerId, TeachingSlot Slot, string Description);
