using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>The Party committee's approval of an annual class plan.</summary>
/// <param name="DecisionNumber">The decision's number, e.g. <c>112-QĐ/HU</c>.</param>
/// <param name="DecidedOn">The date of the decision.</param>
/// <param name="ApprovedBy">The committee that approved, e.g. "Ban Thường vụ Huyện ủy Kim Thành".</param>
public sealed record PlanApproval(string DecisionNumber, LocalDate DecidedOn, string ApprovedBy)
{
    /// <inheritdoc />
    public override string ToString() => $"số {DecisionNumber} ngày {Labels.Of(DecidedOn)} ({ApprovedBy})";
}
