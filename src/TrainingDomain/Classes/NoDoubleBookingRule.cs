using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>
/// <c>Opening.NoDoubleBooking</c>: no lecturer of the timetable teaches two overlapping sessions, whether both are in
/// this class, or one is an engagement elsewhere (<see cref="OpeningContext.OtherBookings"/> or the lecturer's own
/// bookings for other classes). Touching slots do not overlap.
/// </summary>
public sealed class NoDoubleBookingRule : Rule<OpeningContext>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Opening.NoDoubleBooking";

    /// <summary>Creates the rule.</summary>
    public NoDoubleBookingRule()
        : base(RuleId, 1, OpeningRules.Basis)
    {
    }

    /// <inheritdoc />
    public override string Description => "giảng viên không bị trùng lịch giảng";

    /// <inheritdoc />
    public override RuleResult Evaluate(OpeningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trainingClass = context.Class;
        var sessions = trainingClass.Sessions;
        var conflicts = new List<string>();
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            var who = context.Lecturers.TryGetValue(session.LecturerId, out var lecturer) ? lecturer.FullName : session.LecturerId;
            var here = $"buổi {session.Number} ngày {Labels.Of(session.Date)} ({session.Slot.TimeRange})";
            for (var j = i + 1; j < sessions.Count; j++)
            {
                if (sessions[j].LecturerId == session.LecturerId && sessions[j].Slot.Overlaps(session.Slot))
                {
                    conflicts.Add($"giảng viên {who}: {here} trùng buổi {sessions[j].Number} của cùng lớp");
                }
            }

            foreach (var other in context.OtherBookings)
            {
                if (other.LecturerId == session.LecturerId && other.Slot.Overlaps(session.Slot))
                {
                    conflicts.Add($"giảng viên {who}: {here} trùng {other.Description} ({other.Slot})");
                }
            }

            if (lecturer is null)
            {
                continue;
            }

            foreach (var booking in lecturer.Bookings)
            {
                if (booking.Session.ClassCode != trainingClass.Code && booking.Slot.Overlaps(session.Slot))
                {
                    conflicts.Add($"giảng viên {who}: {here} trùng {booking.Session} ({booking.Slot})");
                }
            }
        }

        return conflicts.Count == 0
            ? Pass("Không giảng viên nào bị trùng lịch giảng.")
            : Fail($"Giảng viên bị trùng lịch: {string.Join("; ", conflicts)}.", new Fact(OpeningFactNames.Conflicts, string.Join("; ", conflicts)));
    }
}
