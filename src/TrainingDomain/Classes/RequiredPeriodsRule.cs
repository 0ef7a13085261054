namespace TrainingDomain.Classes;

/// <summary>
/// <c>Opening.RequiredPeriods</c>: the timetable is not empty and has at least the programme's periods
/// (<see cref="Programs.ProgramLength.Periods"/>) when the programme fixes them.
/// </summary>
public sealed class RequiredPeriodsRule : Rule<OpeningContext>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Opening.RequiredPeriods";

    /// <summary>Creates the rule.</summary>
    public RequiredPeriodsRule()
        : base(RuleId, 1, OpeningRules.Basis)
    {
    }

    /// <inheritdoc />
    public override string Description => "thời khóa biểu đủ số tiết của chương trình";

    /// <inheritdoc />
    public override RuleResult Evaluate(OpeningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trainingClass = context.Class;
        var total = trainingClass.TotalPeriods;
        var planned = new Fact(OpeningFactNames.TimetablePeriods, Numbers.Text(total));
        if (trainingClass.Sessions.Count == 0)
        {
            return Fail($"Lớp {trainingClass.Code} chưa có thời khóa biểu.", planned);
        }

        if (context.Program.Length.Periods is not { } required)
        {
            return Pass($"Chương trình {context.Program.Code} không quy định số tiết; thời khóa biểu có {total} tiết.", planned);
        }

        var requiredFact = new Fact(OpeningFactNames.RequiredPeriods, Numbers.Text(required));
        return total >= required
            ? Pass($"Thời khóa biểu có {total} tiết, đủ {required} tiết của chương trình {context.Program.Code}.", planned, requiredFact)
            : Fail($"Thời khóa biểu có {total} tiết; chương trình {context.Program.Code} yêu cầu {required} tiết.", planned, requiredFact);
    }
}
