namespace TrainingDomain.Classes;

/// <summary>
/// Answers where each learner of a class stands on attendance at a moment, and which alerts are raised, under an
/// <see cref="AttendancePolicy"/>.
/// </summary>
/// <remarks>
/// <para>A session counts for a learner when it falls on or after the enrolment date: earlier sessions are neither
/// planned for the learner nor absences. The rate is attended periods over the planned periods of those sessions.</para>
/// <para>"As of" a date, sessions on or before it are held. A held session that nobody has marked yet is not held
/// against the learner: it counts as still attendable, so no alert is raised before the marks prove it.</para>
/// <para>Only active enrolments are evaluated; a learner for whom no session counts (enrolled after the last one) has no
/// standing and is left out.</para>
/// </remarks>
/// <example>
/// A 40-period class under 80 %: after 8 unexcused periods the best reachable rate is 32/40 = 80 %, so the learner can
/// still pass; the session that brings the 9th unexcused period raises <see cref="AttendanceAlertKind.ThresholdUnreachable"/>.
/// </example>
public sealed class AttendanceEngine
{
    private const sbyte Unmarked = -1;
    private static readonly AttendanceAlert[] NoAlerts = [];

    /// <summary>Creates the engine.</summary>
    /// <param name="policy">The policy; <see cref="AttendancePolicy.For"/> takes the programme's threshold.</param>
    /// <exception cref="ArgumentNullException">When the policy is null.</exception>
    public AttendanceEngine(AttendancePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
    }

    /// <summary>The policy applied.</summary>
    public AttendancePolicy Policy { get; }

    /// <summary>Every active learner's attendance as of a date.</summary>
    /// <param name="trainingClass">The class.</param>
    /// <param name="asOf">Sessions on or before this date are held.</param>
    /// <returns>One entry per active enrolment with at least one session counting, in enrolment order.</returns>
    /// <exception cref="ArgumentNullException">When the class is null.</exception>
    public IReadOnlyList<LearnerAttendance> Evaluate(TrainingClass trainingClass, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(trainingClass);
        var timetable = new Timetable(trainingClass, asOf);
        var enrollments = trainingClass.Enrollments;
        var result = new List<LearnerAttendance>(enrollments.Count);
        foreach (var enrollment in enrollments)
        {
            if (enrollment.IsActive && Evaluate(timetable, enrollment) is { } attendance)
            {
                result.Add(attendance);
            }
        }

        return result;
    }

    /// <summary>One learner's attendance as of a date.</summary>
    /// <param name="trainingClass">The class.</param>
    /// <param name="enrollmentId">The enrolment.</param>
    /// <param name="asOf">Sessions on or before this date are held.</param>
    /// <returns>The attendance, or <c>null</c> when no session counts for the learner.</returns>
    /// <exception cref="ArgumentNullException">When the class is null.</exception>
    /// <exception cref="ArgumentException">When the class has no such enrolment.</exception>
    public LearnerAttendance? Evaluate(TrainingClass trainingClass, Guid enrollmentId, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(trainingClass);
        Enrollment? enrollment = null;
        foreach (var e in trainingClass.Enrollments)
        {
            if (e.Id == enrollmentId)
            {
                enrollment = e;
            }
        }

        if (enrollment is null)
        {
            throw new ArgumentException($"Class {trainingClass.Code} has no enrolment {enrollmentId}.", nameof(enrollmentId));
        }

        return Evaluate(new Timetable(trainingClass, asOf), enrollment);
    }

    private LearnerAttendance? Evaluate(Timetable timetable, Enrollment enrollment)
    {
        var count = timetable.Sessions.Length;
        Span<sbyte> marks = count <= 256 ? stackalloc sbyte[count] : new sbyte[count];
        marks.Fill(Unmarked);
        foreach (var mark in enrollment.MarkList)
        {
            var index = timetable.IndexOf(mark.SessionNumber);
            if (index >= 0)
            {
                marks[index] = (sbyte)mark.Mark;
            }
        }

        var first = 0;
        while (first < count && timetable.Sessions[first].Date < enrollment.EnrolledOn)
        {
            first++;
        }

        var planned = 0;
        for (var i = first; i < count; i++)
        {
            planned += timetable.Sessions[i].Periods;
        }

        if (planned == 0)
        {
            return null;
        }

        var threshold = Policy.Threshold;
        var runToAlert = Policy.ConsecutiveUnexcusedAlert;
        int attended = 0, remaining = 0, lost = 0, run = 0;
        var unreachable = false;
        List<AttendanceAlert>? alerts = null;
        for (var i = first; i < count; i++)
        {
            var session = timetable.Sessions[i];
            var periods = session.Periods;
            var mark = marks[i];
            if (i >= timetable.HeldCount || mark == Unmarked)
            {
                remaining += periods;
                run = 0;
                continue;
            }

            var kind = (AttendanceMark)mark;
            if (kind == AttendanceMark.Present || (kind == AttendanceMark.Late && Policy.CountLateAsAttended))
            {
                attended += periods;
            }
            else
            {
                lost += periods;
                if (!unreachable && (decimal)(planned - lost) / planned < threshold)
                {
                    unreachable = true;
                    (alerts ??= []).Add(new AttendanceAlert(
                        enrollment.Id, enrollment.Learner.FullName, AttendanceAlertKind.ThresholdUnreachable, session.Number, session.Date, planned - lost, planned, threshold));
                }
            }

            run = kind == AttendanceMark.UnexcusedAbsence ? run + 1 : 0;
            if (run == runToAlert)
            {
                (alerts ??= []).Add(new AttendanceAlert(
                    enrollment.Id, enrollment.Learner.FullName, AttendanceAlertKind.ConsecutiveUnexcusedAbsences, session.Number, session.Date, run, planned, threshold));
            }
        }

        return new LearnerAttendance(
            enrollment.Id,
            enrollment.Learner.FullName,
            new AttendanceStanding(planned, attended, remaining, threshold),
            alerts is null ? NoAlerts : alerts);
    }

    // The class's sessions in the order they take place, with how many are held as of the date.
    private readonly struct Timetable
    {
        private readonly int[]? _indexByNumber;

        public Timetable(TrainingClass trainingClass, LocalDate asOf)
        {
            var sessions = trainingClass.Sessions.ToArray();
            Array.Sort(sessions, static (a, b) =>
            {
                var byDate = a.Date.CompareTo(b.Date);
                if (byDate != 0)
                {
                    return byDate;
                }

                var byStart = a.Slot.Start.CompareTo(b.Slot.Start);
                return byStart != 0 ? byStart : a.Number.CompareTo(b.Number);
            });
            Sessions = sessions;
            var held = 0;
            var maxNumber = 0;
            foreach (var session in sessions)
            {
                if (session.Date <= asOf)
                {
                    held++;
                }

                maxNumber = Math.Max(maxNumber, session.Number);
            }

            HeldCount = held;

            // Session numbers are small and dense in practice (1..n), so an array beats a dictionary; sparse numbering
            // falls back to a linear search rather than a large array.
            if (maxNumber > (4 * sessions.Length) + 64)
            {
                _indexByNumber = null;
                return;
            }

            _indexByNumber = new int[maxNumber + 1];
            Array.Fill(_indexByNumber, -1);
            for (var i = 0; i < sessions.Length; i++)
            {
                _indexByNumber[sessions[i].Number] = i;
            }
        }

        public ClassSession[] Sessions { get; }

        public int HeldCount { get; }

        public int IndexOf(int number)
        {
            if (_indexByNumber is not null)
            {
                return (uint)number < (uint)_indexByNumber.Length ? _indexByNumber[number] : -1;
            }

            return Array.FindIndex(Sessions, s => s.Number == number);
        }
    }
}
