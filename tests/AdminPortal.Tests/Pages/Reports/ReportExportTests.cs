using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using TrainingDomain.AdminPortal.Reports;
using TrainingDomain.Calendar;
using TrainingDomain.Reporting;

namespace TrainingDomain.AdminPortal.Tests.Pages.Reports;

public class ReportExportFormulas
{
    private static readonly ReportExport Export = new(new StringLocalizer<SharedResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)));

    // A centre name an attacker could have typed into a nomination list or a registry import.
    private static readonly StatisticsReport Hostile = new()
    {
        Period = ReportingPeriod.Quarter(2018, 1),
        PreviousYearPeriod = ReportingPeriod.Quarter(2017, 1),
        CountingRules = CountingPolicy.Default.Rules,
        Centers = [new CenterStatistics("X", "=HYPERLINK(\"http://x\")", new Figures(1, 5, 0, 0, 0, 0, 0, 0), default, [])],
        Programs = [new ProgramStatistics("@SUM(A1)", new Figures(1, 5, 0, 0, 0, 0, 0, 0), default)],
        Total = new Figures(1, 5, 0, 0, 0, 0, 0, 0),
        PreviousYearTotal = default,
        CentersWithoutClasses = [new CenterReference("Y", "+cmd|' /C calc'!A0"), new CenterReference("Z", "-2+3")],
        PlanProgress = [],
    };

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("Kim Thành", "Kim Thành")]
    [InlineData("", "")]
    public void TextThatCouldStartAFormulaGetsAnApostrophe(string text, string safe) => ReportExport.Safe(text).ShouldBe(safe);

    [Fact]
    public void TheCsvNeutralisesFormulasButKeepsNumbers()
    {
        var csv = Encoding.UTF8.GetString(Export.Csv(Hostile, "Hải Dương"));

        csv.ShouldContain("\"'=HYPERLINK(\"\"http://x\"\")\",1,5,0,0");
        csv.ShouldContain("'@SUM(A1)");
        csv.ShouldNotContain(",=");
        csv.ShouldNotContain(",+cmd");
        csv.ShouldNotContain(",-2+3");
    }

    [Fact]
    public void TheWorkbookNeutralisesFormulasButKeepsNumbers()
    {
        using var file = new MemoryStream(Export.Excel(Hostile, "Hải Dương"));
        var centres = file.Query(useHeaderRow: false, sheetName: "Per centre").Cast<IDictionary<string, object>>().Skip(1).First();

        centres["A"].ShouldBe("'=HYPERLINK(\"http://x\")");
        Convert.ToInt32(centres["B"]).ShouldBe(1);
    }
}
