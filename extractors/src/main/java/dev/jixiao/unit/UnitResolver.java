package dev.jixiao.unit;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import dev.jixiao.record.DivisionRef;
import dev.jixiao.unit.Division.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reporting unit's division: the township the report is about (or its county when it
 * names no township, or its city when it names neither: a city's department), completed from the
 * national list only when exactly one division fits what the text states; otherwise the fitting
 * divisions are returned as candidates. Never guesses.
 *
 * <p>Build once and share: construction builds the name table (tens of ms); {@link #resolve} is
 * thread-safe.
 */
public final class UnitResolver {

  private static final List<Level> ABOVE_TOWNSHIP = List.of(Level.COUNTY, Level.CITY, Level.PROVINCE);
  private static final List<Level> ABOVE_COUNTY = List.of(Level.CITY, Level.PROVINCE);
  private static final List<Level> ABOVE_CITY = List.of(Level.PROVINCE);

  /** A county named by its relation, no name of its own (全县柳溪镇). */
  private static final Set<String> GENERAL_COUNTY = Set.of("全县", "本县", "我县", "该县", "各县", "外县", "全旗", "本旗");
  /** A county the text places itself in (位于云岭县东部, 地处云岭县) or names as a government or a site's owner (云岭县人民政府门户网站). */
  private static final Pattern COUNTY_AS_ITS_OWN =
      Pattern.compile("(?:位于|地处)(\\p{IsHan}{2,5}?[县旗])|(?<!\\p{IsHan})(\\p{IsHan}{2,5}[县旗])(?:人民政府|政府网)");

  private final DivisionIndex index;
  private final MentionFinder finder;

  /** One text read for names: the body, or the title passed beside it. */
  private record Read(String text, MentionFinder.Found found, boolean isTitle) {
    List<Mention> mentions() {
      return found.mentions();
    }
  }

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
   * @param title the report's title, or null; a name in it weighs three times a name in the text
   */
  public Resolution resolve(String text, String title) {
    Objects.requireNonNull(text, "text");
    List<Read> reads = new ArrayList<>(2);
    reads.add(new Read(text, finder.find(text), false));
    if (title != null && !title.isBlank()) {
      reads.add(new Read(title, finder.find(title), true));
    }
    List<Mention> all = new ArrayList<>();
    reads.forEach(r -> all.addAll(r.mentions()));
    StatedNames stated = new StatedNames(all);
    Resolution township = resolveAt(Level.TOWNSHIP, ABOVE_TOWNSHIP, reads, stated);
    if (township != null) {
      return township;
    }
    Resolution county = resolveAt(Level.COUNTY, ABOVE_COUNTY, reads, stated);
    if (county != null) {
      return county;
    }
    Resolution city = resolveAt(Level.CITY, ABOVE_CITY, reads, stated);
    return city != null ? city : Resolution.none();
  }

  private Resolution resolveAt(Level level, List<Level> above, List<Read> reads, StatedNames stated) {
    MentionTally tally = new MentionTally(level);
    reads.forEach(r -> tally.count(r.mentions(), r.isTitle()));
    String name = tally.winner();
    if (name == null) {
      return null;
    }
    List<Set<String>> namesBefore = new ArrayList<>();
    reads.forEach(r -> namesBefore.addAll(NamesBefore.of(r.text(), r.mentions(), name, level, above)));
    List<Division> fitting = Narrowing.fittingNamesBefore(index.named(level, name), namesBefore, above);
    String itsCounty = level == Level.TOWNSHIP ? unlistedCountyItNames(reads, fitting) : null;
    if (level == Level.TOWNSHIP && (writtenUnderAnUnlistedCounty(reads, name) || itsCounty != null)) {
      fitting = List.of(); // 云岭县柳溪镇: the list's 柳溪镇 of 平泉市 is another one
    }
    for (Division candidate : fitting) {
      for (Read r : reads) {
        for (Mention m : r.mentions()) {
          if (m.name().equals(name) && m.levels().contains(level)) {
            stated.readBefore(r.text(), r.found().tokens(), m.start(), candidate, above);
          }
        }
      }
    }
    Mention first = firstMention(reads.get(0), name, level);
    int start = first == null ? -1 : first.start();
    int end = first == null ? -1 : first.end();
    if (fitting.isEmpty()) {
      Resolution unlisted = unlisted(level, name, reads, stated, start, end);
      return itsCounty != null && unlisted.county() == null
          ? new Resolution(name, itsCounty, null, null, null, List.of(), start, end) : unlisted;
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
  private Resolution unlisted(Level level, String name, List<Read> reads, StatedNames stated, int start, int end) {
    if (level == Level.COUNTY) {
      return new Resolution(null, name, null, null, null, List.of(), start, end);
    }
    Resolution county = resolveAt(Level.COUNTY, ABOVE_COUNTY, reads, stated);
    if (county == null) {
      return new Resolution(name, null, null, null, null, List.of(), start, end);
    }
    return new Resolution(name, county.county(), county.city(), county.province(), null, county.candidates(), start, end);
  }

  /**
   * Whether the text writes a county the list does not know right before the township (云岭县柳溪镇2024年度…, 报告单位：云岭县柳溪镇人民政府):
   * the township is that county's, not one the list has under its name elsewhere.
   */
  private boolean writtenUnderAnUnlistedCounty(List<Read> reads, String name) {
    for (Read r : reads) {
      for (Mention m : r.mentions()) {
        if (!m.name().equals(name) || !m.levels().contains(Level.TOWNSHIP)) {
          continue;
        }
        int k = m.start();
        while (k > 0 && k > m.start() - 7 && Character.UnicodeScript.of(r.text().charAt(k - 1)) == Character.UnicodeScript.HAN) {
          k--;
        }
        String run = r.text().substring(k, m.start());
        // (a county the text names by a name the list knows it by, 酉阳县 for 酉阳土家族苗族自治县, is a mention ending there)
        boolean mentionedBefore = r.mentions().stream()
            .anyMatch(c -> c.end() == m.start() && c.levels().stream().anyMatch(ABOVE_TOWNSHIP::contains));
        if (run.length() >= 2 && (run.endsWith("县") || run.endsWith("旗")) && !mentionedBefore && !listedOrGeneral(run)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The county the text places itself in, when the list does not know it, or names as its government's (柳溪镇位于云岭县东部, 云岭县人民政府),
   * and names none of the fitting divisions' counties: a township it writes alone (柳溪镇2024年度…) is that county's, not the list's
   * namesake elsewhere. Null where there is none.
   */
  private String unlistedCountyItNames(List<Read> reads, List<Division> fitting) {
    if (fitting.isEmpty()
        || fitting.stream().anyMatch(d -> d.county() != null && reads.stream().anyMatch(r -> namesCounty(r.text(), d.county())))) {
      return null;
    }
    for (Matcher m = COUNTY_AS_ITS_OWN.matcher(reads.get(0).text()); m.find(); ) {
      String county = m.group(1) != null ? m.group(1) : m.group(2);
      if (!listedOrGeneral(county)) {
        return county;
      }
    }
    return null;
  }

  /** Whether {@code text} names {@code county}, by its name or by the name without its 县, 市 or 区 (平泉 for 平泉市). */
  private static boolean namesCounty(String text, String county) {
    return text.contains(county) || county.length() >= 3 && text.contains(county.substring(0, county.length() - 1));
  }

  /**
   * Whether the words ending in 县 before a township end with a county the list knows (年度桃源县 of 2024年度桃源县郑家驿镇), or one named
   * by its relation (全县): the words of a sentence run into a name, which only the list can tell apart.
   */
  private boolean listedOrGeneral(String run) {
    for (int from = run.length() - 2; from >= 0; from--) {
      String county = run.substring(from);
      if (GENERAL_COUNTY.contains(county) || !index.named(Level.COUNTY, county).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Mention firstMention(Read read, String name, Level level) {
    for (Mention m : read.mentions()) {
      if (m.name().equals(name) && m.levels().contains(level)) {
        return m;
      }
    }
    return null;
  }
}
