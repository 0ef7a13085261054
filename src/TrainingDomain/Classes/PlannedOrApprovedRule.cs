namespace TrainingDomain.Classes;

/// <summary>
/// <c>Opening.PlannedOrApproved</c>: the class realises an item of the centre's approved annual plan, or it has an
/// approval decision of its own.
/// </summary>
public sealed class PlannedOrApprovedRule : Rule<OpeningContext>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Opening.PlannedOrApproved";

    /// <summary>Creates the rule.</summary>
    public PlannedOrApprovedRule()
        : base(RuleId, 1, OpeningRules.Basis)
    {
    }

    /// <inheritdoc />
    public override string Description => "lớp thuộc kế hoạch năm đã được phê duyệt hoặc có quyết định phê duyệt";

    /// <inheritdoc />
    public override RuleResult Evaluate(OpeningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trainingClass = context.Class;
        if (trainingClass.ApprovalDecision is { } approval)
        {
            return Pass($"Lớp {trainingClass.Code} được phê duyệt theo quyết định {approval}.", new Fact(OpeningFactNames.ApprovalDecision, approval.Number));
        }

        if (trainingClass.PlanItemId is not { } itemId)
        {
            return Fail($"Lớp {trainingClass.Code} không thuộc kế hoạch mở lớp năm và chưa có quyết định phê duyệt.");
        }

        if (context.Plan is not { } plan)
        {
            return Unknown(OpeningFactNames.AnnualPlan, $"Chưa có kế hoạch mở lớp năm để đối chiếu lớp {trainingClass.Code}.");
        }

        var year = new Fact(OpeningFactNames.PlanYear, Numbers.Text(plan.Year));
        var item = plan.Items.FirstOrDefault(i => i.Id == itemId);
        if (item is null || !string.Equals(plan.CenterId, trainingClass.CenterId, StringComparison.Ordinal))
        {
            return Fail($"Lớp {trainingClass.Code} ghi một mục không có trong kế hoạch mở lớp năm {plan.Year} của trung tâm.", year);
        }

        if (!string.Equals(item.ProgramCode, trainingClass.ProgramCode, StringComparison.Ordinal))
        {
            return Fail($"Mục kế hoạch của lớp {trainingClass.Code} là chương trình {item.ProgramCode}, không phải {trainingClass.ProgramCode}.", year);
        }

        if (plan.Approval is not { } planApproval)
        {
            return Fail($"Kế hoạch mở lớp năm {plan.Year} chưa được cấp ủy phê duyệt.", year);
        }

        return Pass(
            $"Lớp {trainingClass.Code} thuộc kế hoạch mở lớp năm {plan.Year} (quý {item.Quarter}) đã được phê duyệt theo quyết định số {planApproval.DecisionNumber}.",
            year,
            new Fact(OpeningFactNames.ApprovalDecision, planApproval.DecisionNumber));
    }
}
