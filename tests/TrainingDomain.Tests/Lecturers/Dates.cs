namespace TrainingDomain.Tests.Lecturers;

internal static class Dates
{
    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static LocalTime T(int hour, int minute) => new(hour, minute);
}
