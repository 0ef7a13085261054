namespace TrainingDomain.Lecturers;

/// <summary>The session a lecturer is booked for: a class code and the session's number in that class.</summary>
public sealed record SessionReference
{
    /// <summary>Creates the reference.</summary>
    /// <param name="classCode">The class code, e.g. <c>NTD-03/2024</c>; required.</param>
    /// <param name="sessionNumber">The session number, from 1.</param>
    /// <exception cref="ArgumentException">When the class code is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the session number is not positive.</exception>
    public SessionReference(string classCode, int sessionNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(classCode);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sessionNumber);
        ClassCode = classCode.Trim();
        SessionNumber = sessionNumber;
    }

    /// <summary>The class code.</summary>
    public string ClassCode { get; }

    /// <summary>The session number within the class, from 1.</summary>
    public int SessionNumber { get; }

    /// <inheritdoc />
    public override string ToString() => $"lớp {ClassCode}, buổi {SessionNumber}";
}
