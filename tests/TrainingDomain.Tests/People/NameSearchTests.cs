using TrainingDomain.People;

namespace TrainingDomain.Tests.People;

public class NameSearchFolding
{
    [Theory]
    [InlineData("Nguyễn Văn An", "nguyen van an")]
    // đ/Đ is a letter of its own, not a d with a mark: it folds explicitly.
    [InlineData("Đặng Thị Đào", "dang thi dao")]
    [InlineData("  NGUYỄN   văn\tAN ", "nguyen van an")]
    // Precomposed and decomposed forms of the same letters fold alike.
    [InlineData("Nguy\u0065\u0302\u0303n", "nguyen")]
    [InlineData("Chi bộ thôn Đồng Tâm", "chi bo thon dong tam")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void FoldsCaseDiacriticsAndSpaces(string? text, string folded) => NameSearch.Fold(text).ShouldBe(folded);
}

public class VietnameseNameOrdering
{
    [Fact]
    public void SortsByGivenNameThenFamilyThenMiddle()
    {
        string[] names = ["Trần Thị Bình", "Nguyễn Văn An", "Lê Văn An", "Lê Thị An", "Vũ Đức"];

        names.Order(VietnameseNameComparer.Instance).ShouldBe(["Lê Thị An", "Lê Văn An", "Nguyễn Văn An", "Trần Thị Bình", "Vũ Đức"]);
    }

    [Fact]
    public void UsesVietnameseCollationForTheGivenName()
    {
        // Vietnamese alphabet: a ă â b c d đ e ê ...; "Đức" comes after every "D…" and before "E…".
        string[] names = ["Hoàng Văn Đức", "Phạm Văn Em", "Ngô Văn Dũng", "Lý Thị Ánh", "Trịnh Văn Anh"];

        names.Order(VietnameseNameComparer.Instance).ShouldBe(["Trịnh Văn Anh", "Lý Thị Ánh", "Ngô Văn Dũng", "Hoàng Văn Đức", "Phạm Văn Em"]);
    }

    [Theory]
    [InlineData("Nguyễn Thị Minh Khai", "Nguyễn", "Thị Minh", "Khai")]
    [InlineData("Lê Lợi", "Lê", "", "Lợi")]
    [InlineData("Thuận", "", "", "Thuận")]
    public void SplitsFamilyMiddleAndGiven(string fullName, string family, string middle, string given) =>
        VietnameseNameComparer.Split(fullName).ShouldBe((family, middle, given));
}
