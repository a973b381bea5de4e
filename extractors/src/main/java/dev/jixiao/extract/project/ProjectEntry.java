package dev.jixiao.extract.project;

import dev.jixiao.extract.ScorePart;
import dev.jixiao.text.Quantity;
import java.util.List;

/**
 * A project entry as an extractor found it, before it becomes a record {@code Project}: spans in
 * the normalised text, the figures that belong to it, and which extractor saw it.
 *
 * @param reasonStart start of the stated deviation reason, or -1
 * @param score the project's own self-evaluation score, where the entry states one (a 自评表's 总分)
 * @param scoreParts what that score is made of, where the entry states it
 * @param grade the grade the entry states for the project (a table's 自评等级 column), or null
 */
public record ProjectEntry(
    int start,
    int end,
    Integer seq,
    int nameStart,
    int nameEnd,
    Quantity budget,
    Quantity expenditure,
    Quantity rate,
    int groupSize,
    int reasonStart,
    int reasonEnd,
    int bodyStart,
    int bodyEnd,
    String foundBy,
    Quantity score,
    List<ScorePart> scoreParts,
    String grade) {

  public ProjectEntry {
    scoreParts = scoreParts == null ? List.of() : List.copyOf(scoreParts);
  }

  /** An entry whose whole span describes it. */
  public static ProjectEntry of(int start, int end, Integer seq, int nameStart, int nameEnd, Quantity budget, Quantity expenditure,
      Quantity rate, int groupSize, int[] reason, String foundBy) {
    return new ProjectEntry(start, end, seq, nameStart, nameEnd, budget, expenditure, rate, groupSize,
        reason == null ? -1 : reason[0], reason == null ? -1 : reason[1], start, end, foundBy, null, List.of(), null);
  }

  /** Whether [pos] lies in the text that describes this project. */
  public boolean describes(int pos) {
    return pos >= bodyStart && pos < bodyEnd;
  }

  public ProjectEntry withSeq(Integer newSeq) {
    return new ProjectEntry(start, end, newSeq, nameStart, nameEnd, budget, expenditure, rate, groupSize, reasonStart, reasonEnd,
        bodyStart, bodyEnd, foundBy, score, scoreParts, grade);
  }

  public ProjectEntry withBudget(Quantity newBudget) {
    return new ProjectEntry(start, end, seq, nameStart, nameEnd, newBudget, expenditure, rate, groupSize, reasonStart, reasonEnd,
        bodyStart, bodyEnd, foundBy, score, scoreParts, grade);
  }

  public ProjectEntry withScore(Quantity newScore, List<ScorePart> parts) {
    return new ProjectEntry(start, end, seq, nameStart, nameEnd, budget, expenditure, rate, groupSize, reasonStart, reasonEnd,
        bodyStart, bodyEnd, foundBy, newScore, parts, grade);
  }

  public ProjectEntry withGrade(String newGrade) {
    return new ProjectEntry(start, end, seq, nameStart, nameEnd, budget, expenditure, rate, groupSize, reasonStart, reasonEnd, bodyStart,
        bodyEnd, foundBy, score, scoreParts, newGrade);
  }

  /** This entry with what it leaves unstated (spending, rate, score, grade) taken from {@code other}, which tells the same project. */
  public ProjectEntry filledFrom(ProjectEntry other) {
    boolean score = this.score == null && other.score != null;
    return new ProjectEntry(start, end, seq, nameStart, nameEnd, budget != null ? budget : other.budget,
        expenditure != null ? expenditure : other.expenditure, rate != null ? rate : other.rate, groupSize, reasonStart, reasonEnd,
        bodyStart, bodyEnd, foundBy, score ? other.score : this.score, score ? other.scoreParts : scoreParts,
        grade != null ? grade : other.grade);
  }

  public boolean overlaps(int s, int e) {
    return s < end && start < e;
  }
}
