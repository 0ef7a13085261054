using TrainingDomain.Assessment;

namespace TrainingDomain.UseCases;

/// <summary>A question with the revision an edit page must send back (see <see cref="ExamUseCases.ReviseQuestionAsync"/>).</summary>
/// <param name="Question">The question, not tracked.</param>
/// <param name="Revision">Its optimistic concurrency revision, raised by every change.</param>
public sealed record QuestionForEdit(Question Question, int Revision);

/// <summary>One problem with one row of a question import, in Vietnamese.</summary>
/// <param name="Index">The row's position in the list imported, from 0.</param>
/// <param name="Field">The field (<see cref="QuestionFields"/>).</param>
/// <param name="Message">What is wrong.</param>
public sealed record QuestionImportProblem(int Index, string Field, string Message);

/// <summary>A programme's blueprint and where the bank's approved questions fall short of it.</summary>
/// <param name="Blueprint">The blueprint.</param>
/// <param name="Shortages">The short cells, empty when a paper can be drawn.</param>
public sealed record BlueprintReport(ExamBlueprint Blueprint, IReadOnlyList<BlueprintShortage> Shortages)
{
    /// <summary>Whether the bank can fill the blueprint.</summary>
    public bool CanGenerate => Shortages.Count == 0;
}

/// <summary>A paper to draw.</summary>
/// <param name="CenterId">The centre it is for.</param>
/// <param name="ProgramCode">The programme whose bank and blueprint it is drawn from.</param>
/// <param name="Seed">The seed that reproduces it.</param>
/// <param name="VariantCount">How many variants (mã đề), 1 to <see cref="MaxVariants"/>.</param>
public sealed record GeneratePaper(string CenterId, string ProgramCode, long Seed, int VariantCount)
{
    /// <summary>The most variants one paper may have.</summary>
    public const int MaxVariants = 24;
}

/// <summary>A stored paper with its id and centre.</summary>
/// <param name="Id">The paper's id.</param>
/// <param name="CenterId">The centre it was drawn for.</param>
/// <param name="Paper">The paper with its variants.</param>
public sealed record StoredPaper(Guid Id, string CenterId, ExamPaper Paper);

/// <summary>Someone reading an answer key: who, and the roles the key policy is applied to.</summary>
/// <param name="Actor">Who reads (recorded in the audit trail).</param>
/// <param name="Roles">Their roles.</param>
public sealed record KeyReader(string Actor, IReadOnlyCollection<string> Roles);

/// <summary>An answer key as read: the variant and, per question number, the correct key (and essays' marking guides).</summary>
/// <param name="PaperId">The paper.</param>
/// <param name="CenterId">Its centre.</param>
/// <param name="Paper">The paper.</param>
/// <param name="Variant">The variant whose key this is.</param>
public sealed record AnswerKeyRead(Guid PaperId, string CenterId, ExamPaper Paper, PaperVariant Variant);
