using NodaTime;

namespace TrainingDomain.AdminPortal;

/// <summary>Today's date in Vietnam, from the injected clock.</summary>
public static class PortalClock
{
    /// <summary>The time zone every date in the portal is read in.</summary>
    public static readonly DateTimeZone Vietnam = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    /// <summary>Today in Vietnam.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The local date.</returns>
    public static LocalDate Today(this IClock clock) => clock.GetCurrentInstant().InZone(Vietnam).Date;
}
