using CsCheck;
using TrainingDomain.Organization;

namespace TrainingDomain.Tests.Organization;

public class RegistryNeverReportsOutsideValidity
{
    [Fact]
    public void UnitsAndCentresOnADateAreExactlyThoseValidThatDay()
    {
        var registry = HaiDuongRegistry.Create();
        var origin = new LocalDate(2017, 6, 1);

        Gen.Int[0, 3400].Sample(offset =>
        {
            var date = origin.PlusDays(offset);
            registry.UnitsOn(date).ShouldBe(registry.Units.Where(u => u.ValidFrom <= date && (u.ValidTo is null || date <= u.ValidTo)));
            registry.CentersOn(date).ShouldBe(registry.Centers.Where(c => c.ValidFrom <= date && (c.ValidTo is null || date <= c.ValidTo)));
            foreach (var center in registry.Centers)
            {
                registry.UnitsServedBy(center.Id, date).ShouldAllBe(u => u.IsValidOn(date) && center.IsValidOn(date));
            }
        });
    }
}

public class CommuneLevelCentre
{
    // A post-2025 commune-level centre serving three communes, one of which it takes over later [assumed example].
    private static readonly LocalDate MergerDate = new(2025, 7, 1);
    private static readonly LocalDate LaterDate = new(2026, 1, 1);

    private static OrganizationRegistry Registry() => new(
        [
            new AdministrativeUnit("HP", "31", "Hải Phòng", UnitKind.CentralCity, MergerDate, null, null),
            new AdministrativeUnit("X1", "10001", "Kim Thành", UnitKind.Commune, MergerDate, null, "HP"),
            new AdministrativeUnit("X2", "10002", "Kim Anh", UnitKind.Commune, MergerDate, null, "HP"),
            new AdministrativeUnit("X3", "10003", "Lai Khê", UnitKind.Commune, MergerDate, null, "HP"),
        ],
        [],
        [
            new TrainingCenter(
                "TTCT-X1",
                "Trung tâm Chính trị xã Kim Thành",
                "Đảng ủy xã Kim Thành",
                MergerDate,
                null,
                [
                    new CenterServiceArea("X1", MergerDate, null),
                    new CenterServiceArea("X2", MergerDate, null),
                    new CenterServiceArea("X3", LaterDate, null),
                ]),
        ]);

    [Theory]
    [InlineData(2025, 7, 1, new[] { "X1", "X2" })]
    // Lai Khê joins the centre's area from 01/01/2026.
    [InlineData(2026, 1, 1, new[] { "X1", "X2", "X3" })]
    [InlineData(2025, 6, 30, new string[0])]
    public void ServesASetOfCommunes(int y, int m, int d, string[] expected)
    {
        Registry().UnitsServedBy("TTCT-X1", new LocalDate(y, m, d)).Select(u => u.Id).ShouldBe(expected);
    }

    [Fact]
    public void FindsTheCentreServingACommune()
    {
        Registry().CentersServing("X3", LaterDate).Single().Id.ShouldBe("TTCT-X1");
        Registry().CentersServing("X3", MergerDate).ShouldBeEmpty();
    }

    [Fact]
    public void DisplaysCommunesWithTheirPrefix()
    {
        Registry().UnitsOn(MergerDate, UnitKind.Commune, "HP").Select(u => u.DisplayName).ShouldBe(["xã Kim Thành", "xã Kim Anh", "xã Lai Khê"]);
    }

    [Fact]
    public void UnknownCentreIdIsNamed()
    {
        Should.Throw<ArgumentException>(() => Registry().UnitsServedBy("nope", MergerDate)).ParamName.ShouldBe("centerId");
    }
}
