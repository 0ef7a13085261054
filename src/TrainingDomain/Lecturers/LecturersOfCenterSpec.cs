using Ardalis.Specification;

namespace TrainingDomain.Lecturers;

/// <summary>The lecturers whose register entry belongs to a centre.</summary>
public sealed class LecturersOfCenterSpec : Specification<Lecturer>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="centerId">The centre's id; compared exactly.</param>
    /// <exception cref="ArgumentException">When the id is blank.</exception>
    public LecturersOfCenterSpec(string centerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(centerId);
        var id = centerId.Trim();
        Query.Where(l => l.HomeCenterId == id);
    }
}
