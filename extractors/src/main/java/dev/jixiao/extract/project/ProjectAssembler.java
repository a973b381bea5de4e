package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Quantities;
import dev.jixiao.extract.form.SelfEvaluationForm;
import dev.jixiao.record.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a report's project entries and turns them into records, in document order. The chain
 * runs most specific first; each extractor skips text an earlier one took. Entries without a
 * number of their own take it from a list of names elsewhere in the report (the k-th entry named
 * X gets the number of the k-th list item named X).
 */
public final class ProjectAssembler {
  private final List<ProjectEntryExtractor> chain = List.of(
      new TableEntries(), // table cells are the most structured form there is
      new NumberedEntries(), // "1. X：预算金额…" — numbered, so before the paragraph form
      new InlineNumberedEntries(), // "(1)X，预算…；(2)Y，预算…" — numbered within a paragraph
      new HeadedEntries(), // "项目一：X" / "项目预算：…；实际支出：…" — a form flattened to lines
      new BudgetParagraphEntries(),
      new EnumeratedEntries(),
      new QuotedEntries());

  /**
   * The entries found, in document order: the document's project forms first (a whole 自评表 is one
   * project; its rows are not a list of them), then the chain.
   */
  public List<ProjectEntry> entries(DocumentView v, List<SelfEvaluationForm> forms) {
    List<ProjectEntry> found = new ArrayList<>(FormEntries.entries(v, forms));
    for (ProjectEntryExtractor extractor : chain) {
      found.addAll(extractor.find(v, Taken.of(found)));
    }
    RetoldEntries.dropOrMerge(v, found);
    List<NameList> lists = NameList.find(v);
    if (found.isEmpty()) {
      lists.stream().filter(NameList::introducesProjects).findFirst().ifPresent(list -> list.items().forEach(i ->
          found.add(ProjectEntry.of(i.start(), i.end(), i.seq(), i.start(), i.end(), null, null, null, 1, null, "name-list"))));
    } else {
      numberFromLists(v, found, lists);
    }
    found.sort(Comparator.comparingInt(ProjectEntry::start));
    return found;
  }

  public List<Project> projects(DocumentView v, List<ProjectEntry> entries) {
    List<Project> out = new ArrayList<>();
    for (ProjectEntry e : entries) {
      String reason = e.reasonStart() < 0 ? null : v.original(e.reasonStart(), e.reasonEnd()).strip();
      int nameStart = ProjectNames.afterCode(v.text(), e.nameStart(), e.nameEnd());
      out.add(new Project(e.seq(), v.name(nameStart, e.nameEnd()),
          e.budget() == null ? null : Quantities.money(v, e.budget()),
          e.expenditure() == null ? null : Quantities.money(v, e.expenditure()),
          e.rate() == null ? null : Quantities.percent(v, e.rate()),
          e.score() == null ? null : Quantities.number(v, e.score()), e.grade(), e.groupSize(), reason,
          v.trimmedEvidence(nameStart, e.nameEnd()), v.trimmedEvidence(e.start(), e.end()),
          e.scoreParts().stream().map(p -> p.toComponent(v)).toList()));
    }
    return out;
  }

  private static void numberFromLists(DocumentView v, List<ProjectEntry> found, List<NameList> lists) {
    Map<String, List<Integer>> seqsByName = new HashMap<>();
    for (NameList list : lists) {
      for (NameList.Item item : list.items()) {
        seqsByName.computeIfAbsent(key(item.name()), k -> new ArrayList<>()).add(item.seq());
      }
    }
    if (seqsByName.isEmpty()) {
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    found.sort(Comparator.comparingInt(ProjectEntry::start));
    for (int i = 0; i < found.size(); i++) {
      ProjectEntry e = found.get(i);
      if (e.seq() != null) {
        continue;
      }
      String key = key(v.original(e.nameStart(), e.nameEnd()));
      if (!seqsByName.containsKey(key) && v.document().ocr()) {
        key = misreadOnce(key, seqsByName.keySet());
      }
      List<Integer> seqs = key == null ? null : seqsByName.get(key);
      if (seqs != null) {
        int k = seen.merge(key, 1, Integer::sum) - 1;
        found.set(i, e.withSeq(seqs.get(Math.min(k, seqs.size() - 1))));
      }
    }
  }

  /**
   * The one listed name {@code key} differs from in a single character, as OCR misreads the same
   * name differently in the list and in the paragraph (丧匡费, 丧碌费), adds a character to it or
   * drops one (开发区有烈山区…), or null when none or several do. A numeral is never the
   * difference: 经费四 and 经费五 are two projects, and so are 经费 and 经费九.
   */
  static String misreadOnce(String key, java.util.Set<String> listed) {
    if (key.length() < MIN_FUZZY_NAME) {
      return null;
    }
    String found = null;
    for (String name : listed) {
      if (differByOneLetter(name, key)) {
        if (found != null) {
          return null;
        }
        found = name;
      }
    }
    return found;
  }

  /** Whether one character, not a numeral, changed, added or dropped makes {@code a} into {@code b}. */
  private static boolean differByOneLetter(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (longer.length() - shorter.length() > 1) {
      return false;
    }
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    if (i == longer.length() || isNumeral(longer.charAt(i))) {
      return false; // the same name, or a numeral is the difference
    }
    if (shorter.length() == longer.length()) {
      return !isNumeral(shorter.charAt(i)) && shorter.regionMatches(i + 1, longer, i + 1, shorter.length() - i - 1);
    }
    return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
  }

  /** Shorter names than this differ in one character too often to be one name misread. */
  static final int MIN_FUZZY_NAME = 6;

  private static boolean isNumeral(char c) {
    return Character.isDigit(c) || "〇零一二两三四五六七八九十百".indexOf(c) >= 0;
  }

  private static String key(String name) {
    return name.replaceAll("\\s+", "");
  }

}
