using TrainingDomain.People;

namespace TrainingDomain.Persistence.Json;

// The stored shape of a LearnerProfile, rebuilt through its public constructor and factories.
internal sealed record LearnerProfileDto(
    string FullName,
    LocalDate? BirthDate,
    Sex? Sex,
    string? Ethnicity,
    string? CitizenId,
    EducationLevel? Education,
    PoliticalTheoryLevel? PoliticalTheory,
    PartyStandingDto? Party,
    bool? LivesInSpecialArea,
    List<PositionHeldDto> Positions,
    List<CompletedProgramDto> CompletedPrograms)
{
    internal static LearnerProfileDto From(LearnerProfile p) => new(
        p.FullName,
        p.BirthDate,
        p.Sex,
        p.Ethnicity,
        p.CitizenId?.Value,
        p.Education,
        p.PoliticalTheory,
        p.Party is { } party ? new PartyStandingDto(party.Membership, party.AdmittedOn, party.FullMembershipOn, party.NominatedBy) : null,
        p.LivesInSpecialArea,
        p.Positions.Select(h => new PositionHeldDto(h.Title, h.Category, h.Organization, h.Level, h.From, h.To)).ToList(),
        p.CompletedPrograms.Select(c => new CompletedProgramDto(c.ProgramCode, c.CompletedOn)).ToList());

    internal LearnerProfile ToProfile() => new(FullName)
    {
        BirthDate = BirthDate,
        Sex = Sex,
        Ethnicity = Ethnicity,
        CitizenId = CitizenId is { } id ? People.CitizenId.Parse(id) : null,
        Education = Education,
        PoliticalTheory = PoliticalTheory,
        Party = Party?.ToStanding(),
        LivesInSpecialArea = LivesInSpecialArea,
        Positions = (Positions ?? []).Select(h => new PositionHeld(h.Title, h.Category, h.Organization, h.Level, h.From, h.To)).ToList(),
        CompletedPrograms = (CompletedPrograms ?? []).Select(c => new CompletedProgram(c.ProgramCode, c.CompletedOn)).ToList(),
    };
}

internal sealed record PartyStandingDto(PartyMembership Membership, LocalDate? AdmittedOn, LocalDate? FullMembershipOn, string? NominatedBy)
{
    internal PartyStanding ToStanding() => Membership switch
    {
        PartyMembership.NonMember => PartyStanding.NonMember(),
        PartyMembership.OutstandingNonMember => PartyStanding.OutstandingNonMember(NominatedBy ?? string.Empty),
        PartyMembership.Probationary => PartyStanding.Probationary(AdmittedOn),
        PartyMembership.Full => PartyStanding.Full(AdmittedOn, FullMembershipOn),
        _ => throw new ArgumentOutOfRangeException(nameof(Membership), Membership, "Unknown party membership in stored JSON."),
    };
}

internal sealed record PositionHeldDto(string Title, PositionCategory Category, string Organization, OrganizationLevel Level, LocalDate? From, LocalDate? To);

internal sealed record CompletedProgramDto(string ProgramCode, LocalDate CompletedOn);
