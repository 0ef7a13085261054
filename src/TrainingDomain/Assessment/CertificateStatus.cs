namespace TrainingDomain.Assessment;

/// <summary>Whether a certificate in a register still stands.</summary>
public enum CertificateStatus
{
    /// <summary>Còn hiệu lực.</summary>
    Valid,

    /// <summary>Đã hủy: the entry stays in the register; its number is never used again.</summary>
    Cancelled,
}
