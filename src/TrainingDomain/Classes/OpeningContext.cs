using TrainingDomain.Lecturers;

namespace TrainingDomain.Classes;

/// <summary>
/// What the opening rules (quy chế mở lớp) look at: the class, its programme, the lecturers of its timetable, the
/// qualification check, the annual plan and the lecturers' other engagements, on the date of the check.
/// </summary>
public sealed record OpeningContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="trainingClass">The class to open.</param>
    /// <param name="program">The class's programme.</param>
    /// <param name="lecturers">The lecturers of the timetable (others are ignored); ids must be distinct.</param>
    /// <param name="qualification">The lecturer qualification check of the province.</param>
    /// <param name="on">The date of the check, recorded in the verdict.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentException">When the programme is not the class's, or two lecturers share an id.</exception>
    public OpeningContext(TrainingClass trainingClass, Programs.Program program, IEnumerable<Lecturer> lecturers, LecturerQualification qualification, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(trainingClass);
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(lecturers);
        ArgumentNullException.ThrowIfNull(qualification);
        if (!string.Equals(program.Code, trainingClass.ProgramCode, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Class {trainingClass.Code} belongs to programme {trainingClass.ProgramCode}, not {program.Code}.", nameof(program));
        }

        var byId = new Dictionary<string, Lecturer>(StringComparer.Ordinal);
        foreach (var lecturer in lecturers)
        {
            if (!byId.TryAdd(lecturer.Id, lecturer))
            {
                throw new ArgumentException($"Lecturer id '{lecturer.Id}' appears twice.", nameof(lecturers));
            }
        }

        Class = trainingClass;
        Program = program;
        Lecturers = byId;
        Qualification = qualification;
        On = on;
    }

    /// <summary>The class to open.</summary>
    public TrainingClass Class { get; }

    /// <summary>The class's programme.</summary>
    public Programs.Program Program { get; }

    /// <summary>The lecturers, by id.</summary>
    public IReadOnlyDictionary<string, Lecturer> Lecturers { get; }

    /// <summary>The lecturer qualification check.</summary>
    public LecturerQualification Qualification { get; }

    /// <summary>The date of the check.</summary>
    public LocalDate On { get; }

    /// <summary>
    /// The centre's annual plan the class's plan item belongs to; <c>null</c> when not supplied (a class with a plan item
    /// is then undetermined on the plan rule).
    /// </summary>
    public AnnualClassPlan? Plan { get; init; }

    /// <summary>
    /// Engagements of the lecturers outside this class. The lecturers' own <see cref="Lecturer.Bookings"/> for other
    /// classes are looked at too.
    /// </summary>
    public IReadOnlyList<LecturerBooking> OtherBookings { get; init; } = [];
}
