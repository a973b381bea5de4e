package dev.jixiao.unit;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import dev.jixiao.record.DivisionRef;
import dev.jixiao.unit.Division.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the reporting unit's division: the township the report is about (or its county when it
 * names no township), completed from the national list only when exactly one division fits what
 * the text states; otherwise the fitting divisions are returned as candidates. Never guesses.
 *
 * <p>Build once and share: construction compiles the name automaton (a few hundred ms);
 * {@link #resolve} is thread-safe.
 */
public final class UnitResolver {

  /** A mention in the title counts as much as this many in the body: titles name the unit. */
  static final int TITLE_WEIGHT = 3;

  private static final List<Level> ABOVE_TOWNSHIP = List.of(Level.COUNTY, Level.CITY, Level.PROVINCE);
  private static final List<Level> ABOVE_COUNTY = List.of(Level.CITY, Level.PROVINCE);

  private final DivisionIndex index;
  private final MentionFinder finder;

  public UnitResolver(DivisionIndex index) {
    this(index, HanLP.newSegment().enablePlaceRecognize(true));
  }

  /**
   * @param segment a HanLP segment with place recognition on; it is only read (HanLP's analysis
   *     calls are thread-safe once configured), so do not reconfigure it afterwards
   */
  public UnitResolver(DivisionIndex index, Segment segment) {
    this.index = Objects.requireNonNull(index, "index");
    this.finder = new MentionFinder(index, Objects.requireNonNull(segment, "segment"));
  }

  /**
   * @param text the report text, already in simplified characters with half-width digits and
   *     punctuation; offsets in the result refer to it
   * @param title the report's title, or null; a name in it weighs {@value #TITLE_WEIGHT} times
   */
  public Resolution resolve(String text, String title) {
    Objects.requireNonNull(text, "text");
    MentionFinder.Found body = finder.find(text);
    MentionFinder.Found head = title == null || title.isBlank() ? null : finder.find(title);
    List<Mention> all = new ArrayList<>(body.mentions());
    if (head != null) {
      all.addAll(head.mentions());
    }
    StatedNames stated = new StatedNames(all);
    Resolution township = resolveAt(Level.TOWNSHIP, ABOVE_TOWNSHIP, text, body, title, head, stated);
    if (township != null) {
      return township;
    }
    Resolution county = resolveAt(Level.COUNTY, ABOVE_COUNTY, text, body, title, head, stated);
    return county != null ? county : Resolution.none();
  }

  private Resolution resolveAt(
      Level level,
      List<Level> above,
      String text,
      MentionFinder.Found body,
      String title,
      MentionFinder.Found head,
      StatedNames stated) {
    String name = mostMentioned(level, body, head);
    if (name == null) {
      return null;
    }
    List<Set<String>> namesBefore = new ArrayList<>(NamesBefore.of(text, body.mentions(), name, level, above));
    if (head != null) {
      namesBefore.addAll(NamesBefore.of(title, head.mentions(), name, level, above));
    }
    List<Division> fitting = Narrowing.fittingNamesBefore(index.named(level, name), namesBefore, above);
    for (Division candidate : fitting) {
      readBefore(stated, text, body, name, level, candidate, above);
      if (head != null) {
        readBefore(stated, title, head, name, level, candidate, above);
      }
    }
    Mention first = firstMention(body, name, level);
    int start = first == null ? -1 : first.start();
    int end = first == null ? -1 : first.end();
    if (fitting.isEmpty()) {
      return unlisted(level, name, text, body, title, head, stated, start, end);
    }
    List<Division> kept = Narrowing.keepBestSupported(fitting, above, stated);
    if (kept.size() == 1) {
      Division d = kept.get(0);
      return new Resolution(d.township(), d.county(), d.city(), d.province(), d.code(), List.of(), start, end);
    }
    List<DivisionRef> candidates = kept.stream().map(Division::toRef).toList();
    return new Resolution(
        level == Level.TOWNSHIP ? name : null,
        level == Level.COUNTY ? name : Narrowing.sharedAndStated(kept, Level.COUNTY, stated),
        Narrowing.sharedAndStated(kept, Level.CITY, stated),
        Narrowing.sharedAndStated(kept, Level.PROVINCE, stated),
        null,
        candidates,
        start,
        end);
  }

  /**
   * The unit's name is in the list, but under none of the divisions the text writes before it
   * (桐乡市乌镇: the list's only 乌镇 is in 陕西佳县; 桐乡's is listed as 乌镇镇). The name is kept
   * as written, without a code; for a township the county is resolved as if no township were
   * named.
   */
  private Resolution unlisted(
      Level level, String name, String text, MentionFinder.Found body, String title, MentionFinder.Found head,
      StatedNames stated, int start, int end) {
    Resolution county = level == Level.TOWNSHIP
        ? resolveAt(Level.COUNTY, ABOVE_COUNTY, text, body, title, head, stated)
        : null;
    if (county == null) {
      return level == Level.TOWNSHIP
          ? new Resolution(name, null, null, null, null, List.of(), start, end)
          : new Resolution(null, name, null, null, null, List.of(), start, end);
    }
    return new Resolution(
        name, county.county(), county.city(), county.province(), null, county.candidates(), start, end);
  }

  private static void readBefore(
      StatedNames stated, String text, MentionFinder.Found found, String name, Level level, Division candidate,
      List<Level> above) {
    for (Mention m : found.mentions()) {
      if (m.name().equals(name) && m.levels().contains(level)) {
        stated.readBefore(text, found.tokens(), m.start(), candidate, above);
      }
    }
  }

  /** The name of this level mentioned most (title mentions and named units weigh more); ties go to the earliest. */
  private static String mostMentioned(Level level, MentionFinder.Found body, MentionFinder.Found head) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    if (head != null) {
      for (Mention m : head.mentions()) {
        if (m.levels().contains(level)) {
          tallies.computeIfAbsent(m.name(), Tally::new).add(m, true);
        }
      }
    }
    for (Mention m : body.mentions()) {
      if (m.levels().contains(level)) {
        tallies.computeIfAbsent(m.name(), Tally::new).add(m, false);
      }
    }
    return tallies.values().stream()
        .min(Comparator.comparingInt((Tally t) -> -t.weight)
            .thenComparingInt(t -> t.firstInTitle)
            .thenComparingInt(t -> t.firstInText))
        .map(t -> t.name)
        .orElse(null);
  }

  private static Mention firstMention(MentionFinder.Found found, String name, Level level) {
    for (Mention m : found.mentions()) {
      if (m.name().equals(name) && m.levels().contains(level)) {
        return m;
      }
    }
    return null;
  }

  private static final class Tally {
    final String name;
    int weight;
    int firstInTitle = Integer.MAX_VALUE;
    int firstInText = Integer.MAX_VALUE;

    Tally(String name) {
      this.name = name;
    }

    void add(Mention m, boolean inTitle) {
      // A body mention that names an organ (古饶镇人民政府) counts double: that is how a report
      // names its own unit, while a bare name may be a neighbour or a phrase (新城镇建设).
      int w = m.namesUnit() ? 2 : 1;
      weight += inTitle ? TITLE_WEIGHT * w : w;
      if (inTitle) {
        firstInTitle = Math.min(firstInTitle, m.start());
      } else {
        firstInText = Math.min(firstInText, m.start());
      }
    }
  }
}
