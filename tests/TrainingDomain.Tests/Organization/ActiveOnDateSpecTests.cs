using TrainingDomain.Organization;
using TrainingDomain.Specifications;

namespace TrainingDomain.Tests.Organization;

public class CentersActiveOnDate
{
    private static readonly OrganizationRegistry Registry = HaiDuongRegistry.Create();

    [Theory]
    [InlineData(2018, 1, 1, 12)]
    // Both ends are inclusive.
    [InlineData(2025, 6, 30, 12)]
    [InlineData(2025, 7, 1, 0)]
    [InlineData(2017, 12, 31, 0)]
    public void KeepsOnlyCentresThatExistedOnTheDate(int y, int m, int d, int expected)
    {
        new CentersActiveOnDateSpec(new LocalDate(y, m, d)).Evaluate(Registry.Centers).Count().ShouldBe(expected);
    }

    [Fact]
    public void KeepsAnOpenEndedCentre()
    {
        var open = new TrainingCenter("C", "Trung tâm Chính trị xã A", "Đảng ủy xã A", new LocalDate(2025, 7, 1), null, []);

        new CentersActiveOnDateSpec(new LocalDate(2030, 1, 1)).Evaluate([open]).ShouldBe([open]);
        new CentersActiveOnDateSpec(new LocalDate(2025, 6, 30)).Evaluate([open]).ShouldBeEmpty();
    }
}

public class UnitsActiveOnDate
{
    private static readonly OrganizationRegistry Registry = HaiDuongRegistry.Create();

    [Theory]
    // Chí Linh switches incarnation on 01/03/2019.
    [InlineData(2019, 2, 28, HaiDuongRegistry.ChiLinhTownId, HaiDuongRegistry.ChiLinhCityId)]
    [InlineData(2019, 3, 1, HaiDuongRegistry.ChiLinhCityId, HaiDuongRegistry.ChiLinhTownId)]
    // After the merger only the new Hải Phòng, which has no end, is valid.
    [InlineData(2030, 1, 1, HaiDuongRegistry.HaiPhongAfterMergerId, HaiDuongRegistry.HaiDuongProvinceId)]
    public void KeepsTheIncarnationValidOnTheDate(int y, int m, int d, string kept, string dropped)
    {
        var units = new UnitsActiveOnDateSpec(new LocalDate(y, m, d)).Evaluate(Registry.Units).Select(u => u.Id).ToList();

        units.ShouldContain(kept);
        units.ShouldNotContain(dropped);
    }

    [Theory]
    [InlineData(2018, 3, 31)]
    [InlineData(2019, 11, 1)]
    [InlineData(2025, 7, 1)]
    public void AgreesWithTheRegistry(int y, int m, int d)
    {
        var date = new LocalDate(y, m, d);

        new UnitsActiveOnDateSpec(date).Evaluate(Registry.Units).ShouldBe(Registry.UnitsOn(date));
    }
}
