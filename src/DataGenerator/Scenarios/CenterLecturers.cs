using TrainingDomain.DataGenerator.Lecturers;
using TrainingDomain.Lecturers;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>The lecturers a scenario gives one centre, in the order the faker draws them.</summary>
internal static class CenterLecturers
{
    /// <summary>
    /// Two full-time lecturers, the centre's part-time ones (those whose running index is planted as expired get an
    /// expired recognition) and two invited ones, drawn in that order so a seed gives the same people.
    /// </summary>
    /// <param name="lecturers">The faker, already set for the centre.</param>
    /// <param name="partTime">How many part-time lecturers the centre has.</param>
    /// <param name="expiredAt">Running indexes of the part-time lecturers planted with an expired recognition.</param>
    /// <param name="partTimeIndex">The running index across centres; advanced by <paramref name="partTime"/>.</param>
    /// <returns>The lecturers; the first two are the full-time ones.</returns>
    public static List<Lecturer> Generate(LecturerFaker lecturers, int partTime, IReadOnlySet<int> expiredAt, ref int partTimeIndex)
    {
        var own = new List<Lecturer> { lecturers.Generate(), lecturers.Generate() };
        for (var k = 0; k < partTime; k++, partTimeIndex++)
        {
            own.Add(lecturers.Generate(expiredAt.Contains(partTimeIndex) ? LecturerFaker.Expired : LecturerFaker.PartTime));
        }

        own.Add(lecturers.Generate(LecturerFaker.Invited));
        own.Add(lecturers.Generate(LecturerFaker.Invited));
        return own;
    }
}
