namespace TrainingDomain.Classes;

/// <summary>What became of a nomination, as reported back to the nominating organisation.</summary>
public enum NominationStatus
{
    /// <summary>Chờ xét: received and checked, not yet decided.</summary>
    Pending,

    /// <summary>Đã tiếp nhận: enrolled; no final outcome yet.</summary>
    Accepted,

    /// <summary>Không tiếp nhận: refused, with reasons.</summary>
    Refused,

    /// <summary>Đã rút: enrolled, then withdrawn; or withdrawn by its organisation while pending.</summary>
    Withdrawn,

    /// <summary>Hoàn thành: enrolled and passed.</summary>
    Completed,

    /// <summary>Không hoàn thành: enrolled and did not pass.</summary>
    Failed,
}
