using TrainingDomain.Organization;

namespace TrainingDomain.Tests.Organization;

public class RegistryRefusesInconsistentInput
{
    private static readonly LocalDate Start = new(2018, 1, 1);
    private static readonly LocalDate End = new(2025, 6, 30);

    private static AdministrativeUnit Province(string id = "P", string gso = "30", LocalDate? to = null) =>
        new(id, gso, "Hải Dương", UnitKind.Province, Start, to ?? End, null);

    private static AdministrativeUnit District(string id = "D", string parent = "P", string gso = "293", LocalDate? from = null, LocalDate? to = null) =>
        new(id, gso, "Kim Thành", UnitKind.District, from ?? Start, to ?? End, parent);

    private static TrainingCenter Center(string id, params CenterServiceArea[] areas) =>
        new(id, "Trung tâm Chính trị huyện Kim Thành", "Huyện ủy Kim Thành", Start, End, areas);

    private static ArgumentException Refusal(IEnumerable<AdministrativeUnit> units, IEnumerable<UnitChange>? changes = null, IEnumerable<TrainingCenter>? centers = null) =>
        Should.Throw<ArgumentException>(() => new OrganizationRegistry(units, changes ?? [], centers ?? []));

    [Fact]
    public void UnknownParentIdIsNamed()
    {
        var error = Refusal([Province(), District(parent: "X")]);

        error.ParamName.ShouldBe("units");
        error.Message.ShouldContain("'X'");
        error.Message.ShouldContain("not in the registry");
    }

    [Fact]
    public void DuplicateUnitIdIsNamed()
    {
        var error = Refusal([Province(), District(), District(gso: "294")]);

        error.ParamName.ShouldBe("units");
        error.Message.ShouldContain("'D' appears twice");
    }

    [Fact]
    public void DuplicateCentreIdIsNamed()
    {
        var error = Refusal([Province(), District()], centers: [Center("C"), Center("C")]);

        error.ParamName.ShouldBe("centers");
        error.Message.ShouldContain("'C' appears twice");
    }

    [Fact]
    public void UnitEndingBeforeItStartsIsRefusedNamingValidTo()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(
            () => new AdministrativeUnit("D", "293", "Kim Thành", UnitKind.District, new LocalDate(2019, 1, 1), new LocalDate(2018, 12, 31), "P"));

        error.ParamName.ShouldBe("validTo");
        error.Message.ShouldContain("31/12/2018");
        error.Message.ShouldContain("before the first");
    }

    [Fact]
    public void ServiceAreaEndingBeforeItStartsIsRefusedNamingValidTo()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new CenterServiceArea("D", End, Start)).ParamName.ShouldBe("validTo");
    }

    [Fact]
    public void ChildOutlivingItsParentIsRefused()
    {
        var error = Refusal([Province(to: new LocalDate(2020, 12, 31)), District()]);

        error.Message.ShouldContain("parent must cover");
    }

    [Fact]
    public void ParentOnTheSameTierIsRefused()
    {
        var error = Refusal([Province(), District(), District(id: "D2", parent: "D", gso: "294")]);

        error.Message.ShouldContain("higher tier");
    }

    [Fact]
    public void TwoUnitsHoldingOneGsoCodeOnTheSameDayAreRefused()
    {
        var error = Refusal([Province(), District(), District(id: "D2", from: new LocalDate(2025, 6, 30))]);

        error.Message.ShouldContain("GSO code '293'");
    }

    [Fact]
    public void ChangeNamingAnUnknownUnitIsRefused()
    {
        var error = Refusal([Province(), District()], [new UnitChange(UnitChangeKind.Abolish, End.PlusDays(1), ["Y"], [])]);

        error.ParamName.ShouldBe("changes");
        error.Message.ShouldContain("'Y'");
    }

    [Fact]
    public void PredecessorStillValidOnTheChangeDateIsRefused()
    {
        var error = Refusal([Province(), District()], [new UnitChange(UnitChangeKind.Abolish, new LocalDate(2025, 6, 30), ["D"], [])]);

        error.ParamName.ShouldBe("changes");
        error.Message.ShouldContain("29/06/2025");
    }

    [Fact]
    public void SuccessorStartingOnAnotherDayIsRefused()
    {
        var error = Refusal(
            [Province(), District(to: new LocalDate(2019, 2, 28)), District(id: "D2", from: new LocalDate(2019, 3, 2))],
            [new UnitChange(UnitChangeKind.Upgrade, new LocalDate(2019, 3, 1), ["D"], ["D2"])]);

        error.Message.ShouldContain("first valid day must be 01/03/2019");
    }

    [Fact]
    public void CentreServingAnUnknownUnitIsRefused()
    {
        var error = Refusal([Province(), District()], centers: [Center("C", new CenterServiceArea("Z", Start, End))]);

        error.ParamName.ShouldBe("centers");
        error.Message.ShouldContain("'Z'");
    }

    [Fact]
    public void CentreServingAUnitBeyondItsValidityIsRefused()
    {
        var error = Refusal(
            [Province(), District(to: new LocalDate(2019, 12, 31))],
            centers: [Center("C", new CenterServiceArea("D", Start, End))]);

        error.Message.ShouldContain("the unit is valid only");
    }

    [Fact]
    public void CentreServingBeyondItsOwnDatesIsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Center("C", new CenterServiceArea("D", Start, null)))
            .ParamName.ShouldBe("serviceAreas");
    }

    [Theory]
    // A province has no parent; a district must have one.
    [InlineData(UnitKind.Province, "P")]
    [InlineData(UnitKind.District, null)]
    [InlineData(UnitKind.Ward, " ")]
    public void ParentThatDoesNotFitTheTierIsRefused(UnitKind kind, string? parentId)
    {
        Should.Throw<ArgumentException>(() => new AdministrativeUnit("U", "1", "Tên", kind, Start, null, parentId))
            .ParamName.ShouldBe("parentId");
    }

    [Theory]
    // A merge needs at least two predecessors; a split at least two successors; an abolition none.
    [InlineData(UnitChangeKind.Merge, 1, 1, "predecessorIds")]
    [InlineData(UnitChangeKind.Split, 1, 1, "successorIds")]
    [InlineData(UnitChangeKind.Upgrade, 1, 2, "successorIds")]
    [InlineData(UnitChangeKind.Rename, 2, 1, "predecessorIds")]
    [InlineData(UnitChangeKind.Abolish, 1, 1, "successorIds")]
    public void ChangeWithTheWrongNumberOfUnitsIsRefused(UnitChangeKind kind, int predecessors, int successors, string param)
    {
        var error = Should.Throw<ArgumentException>(() => new UnitChange(
            kind,
            Start,
            Enumerable.Range(0, predecessors).Select(i => $"p{i}"),
            Enumerable.Range(0, successors).Select(i => $"s{i}")));

        error.ParamName.ShouldBe(param);
    }
}
