using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.People;

namespace TrainingDomain.Persistence.Tests.Databases;

/// <summary>What every test database holds: the Hải Dương registry plus one post-merger centre, and a few lecturers.</summary>
public static class SeedData
{
    public const string HaiPhongCenterId = "TTCT-31";

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>
    /// The Hải Dương reference registry and, so that date queries have an open-ended row to find, a centre for the
    /// merged Hải Phòng from 01/07/2025.
    /// </summary>
    public static OrganizationRegistry Registry()
    {
        var haiDuong = HaiDuongRegistry.Create();
        var haiPhong = new TrainingCenter(
            HaiPhongCenterId,
            "Trung tâm Chính trị thành phố Hải Phòng",
            "Thành ủy Hải Phòng",
            HaiDuongRegistry.MergerDate,
            null,
            [new CenterServiceArea(HaiDuongRegistry.HaiPhongAfterMergerId, HaiDuongRegistry.MergerDate, null)]);
        return new OrganizationRegistry(haiDuong.Units, haiDuong.Changes, [.. haiDuong.Centers, haiPhong]);
    }

    /// <summary>Writes the registry and the lecturers.</summary>
    public static async Task WriteAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        db.AddRegistry(Registry());
        db.Lecturers.AddRange(Lecturers());
        await db.SaveChangesAsync(cancellationToken);
    }

    public static IReadOnlyList<Lecturer> Lecturers()
    {
        // Recognised twice: the latest decision ends 14/01/2023.
        var renewed = new Lecturer("gv-kt-01", "Nguyễn Văn Bình", LecturerKind.PartTime, HaiDuongRegistry.KimThanhCenterId,
            EducationLevel.University, PoliticalTheoryLevel.Advanced, hasPedagogyCertificate: true);
        renewed.AddRecognition(RecognitionDecision.Create("12/QĐ-BTGHU", "Ban Tuyên giáo Huyện ủy Kim Thành", D(2018, 1, 15), D(2020, 1, 14)));
        renewed.AddRecognition(RecognitionDecision.Create("40/QĐ-BTGHU", "Ban Tuyên giáo Huyện ủy Kim Thành", D(2020, 1, 15), D(2023, 1, 14)));
        renewed.AddTopic("NTD");
        renewed.AddTopic("DVM");

        var once = new Lecturer("gv-cl-01", "Trần Thị Hoa", LecturerKind.PartTime, HaiDuongRegistry.CenterIdOf("290"));
        once.AddRecognition(RecognitionDecision.Create("05/QĐ-BTGTU", "Ban Tuyên giáo Thị ủy Chí Linh", D(2019, 6, 1), D(2021, 5, 31)));

        var fullTime = new Lecturer("gv-kt-02", "Lê Minh Châu", LecturerKind.FullTime, HaiDuongRegistry.KimThanhCenterId,
            EducationLevel.Master, PoliticalTheoryLevel.Advanced);
        fullTime.AddTopic("NQ");

        // Part-time without a decision: never selected as "expiring".
        var unrecognised = new Lecturer("gv-ns-01", "Phạm Quốc Dũng", LecturerKind.PartTime, HaiDuongRegistry.CenterIdOf("291"));

        var longRunning = new Lecturer("gv-km-01", "Vũ Thị Én", LecturerKind.PartTime, HaiDuongRegistry.CenterIdOf("292"));
        longRunning.AddRecognition(RecognitionDecision.Create("77/QĐ-BTGHU", "Ban Tuyên giáo Huyện ủy Kinh Môn", D(2018, 3, 1), D(2024, 12, 31)));

        return [renewed, once, fullTime, unrecognised, longRunning];
    }
}
