package dev.jixiao.unit;

import com.hankcs.hanlp.seg.Segment;
import dev.jixiao.unit.Division.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the division names a text mentions.
 *
 * <p>Two steps. A {@link NameMatcher} finds every occurrence of every one of the ~33k mentionable
 * names, which no segmenter or recogniser can promise: HanLP's place recognition misses most
 * township names (漕河镇 comes out as 漕河/n 镇/n, 徐水区 as a person's name). HanLP's segmenter
 * then judges each occurrence in context (see {@link Tokens}): it rejects names that straddle
 * words or run into a longer one, and its ns tag is required for two-character names (赵县, 乌镇),
 * which otherwise match inside ordinary words too often.
 */
final class MentionFinder {

  /** A word right after a township name that makes it part of a street or village name. */
  private static final Set<String> LONGER_NAME_WORDS =
      Set.of("路", "街", "大街", "大道", "巷", "胡同", "村", "村委会", "村民委员会", "居委会", "小区");

  /**
   * Organs of government whose name starts with the unit's place name; 委 is the party committee
   * after a county's or city's ending (徐水区委, 桃源县委).
   */
  private static final List<String> ORGANS =
      List.of("人民政府", "政府", "党委", "委", "人民代表大会", "人大", "财政所", "财政局", "机关");

  private record Place(String name, Set<Level> levels) {}

  private record Hit(int start, int end, Place place) {}

  /** The mentions and the segmentation they were judged with. */
  record Found(List<Mention> mentions, Tokens tokens) {}

  private final NameMatcher<Place> matcher;
  private final Segment segment;

  MentionFinder(DivisionIndex index, Segment segment) {
    this.segment = segment;
    Map<String, Set<Level>> names = new HashMap<>();
    for (Level level : Level.values()) {
      for (Division d : index.all(level)) {
        if (PlaceNames.mentionable(level, d.name())) {
          names.computeIfAbsent(d.name(), k -> EnumSet.noneOf(Level.class)).add(level);
        }
      }
    }
    Map<String, Place> places = new HashMap<>(names.size() * 2);
    names.forEach((name, levels) -> places.put(name, new Place(name, Collections.unmodifiableSet(levels))));
    // an autonomous division is mentioned by its short name as often as by its own (红河州, 长阳县)
    names.keySet().forEach(name -> {
      String alias = PlaceNames.autonomousShortName(name);
      if (alias != null && !names.containsKey(alias)) {
        places.putIfAbsent(alias, places.get(name));
      }
    });
    this.matcher = new NameMatcher<>(places);
  }

  Found find(String text) {
    List<Hit> hits = matches(text);
    List<int[]> spans = new ArrayList<>(hits.size());
    for (Hit h : hits) {
      spans.add(new int[] {h.start(), h.end()});
    }
    Tokens tokens = Tokens.around(segment, text, spans);
    List<Mention> mentions = new ArrayList<>();
    // Context first, then longest: a longer match the segmenter rejects must not hide a shorter
    // one it accepts.
    for (Hit h : longest(inContext(text, hits, tokens))) {
      Set<Level> levels = EnumSet.copyOf(h.place().levels());
      String next = tokens.wordAt(h.end());
      if (next != null && LONGER_NAME_WORDS.contains(next)) {
        levels.remove(Level.TOWNSHIP);
      }
      if (!levels.isEmpty()) {
        mentions.add(new Mention(h.start(), h.end(), h.place().name(), Set.copyOf(levels), namesUnit(text, h.end())));
      }
    }
    return new Found(List.copyOf(mentions), tokens);
  }

  private static List<Hit> inContext(String text, List<Hit> hits, Tokens tokens) {
    List<Hit> out = new ArrayList<>(hits.size());
    for (Hit h : hits) {
      boolean starts = tokens.isBoundary(h.start()) || tokens.insidePersonName(h.start());
      // The segmenter often glues a name's ending to the organ after it (漕河/镇政府, 徐水/区委);
      // an organ there confirms the name rather than contradicting it.
      boolean ends = tokens.isBoundary(h.end()) || tokens.insidePersonName(h.end()) || namesUnit(text, h.end());
      boolean shortOk = h.end() - h.start() > 2 || tokens.isPlaceWord(h.start(), h.end());
      if (starts && ends && shortOk && !conjoined(text, h) && !aPartOfTown(text, h)) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * Whether a name is a joining word and a level's ending right after a word that is no division's (县卫生健康局和县财政局, 集市和县城,
   * 县交通运输局会同县财政局) or a closing quote (《…规程》和县财政局): the word joining what comes after it, not 和县 or 会同县; after its city or province (马鞍山市和县) it is
   * the name.
   */
  private static boolean conjoined(String text, Hit h) {
    if (h.start() == 0 || !JOINED.matcher(text).region(h.start(), h.end()).matches()) {
      return false;
    }
    char before = text.charAt(h.start() - 1);
    // (or after a closing quote or bracket: 《…工作规程》和县财政局)
    return Character.isIdeographic(before) && DIVISION_ENDINGS.indexOf(before) < 0 || CLOSING.indexOf(before) >= 0;
  }

  /** Closing quotes and brackets, after which a joining word joins what they closed to what follows. */
  private static final String CLOSING = "》」』”）)】〕";

  /**
   * Whether a district named for a part of a town (老城区, 新城区, 城北区) stands without its city right before it: the old or new part
   * of the town the text is about (征收改造老城区棚户区), not 洛阳市老城区.
   */
  private static boolean aPartOfTown(String text, Hit h) {
    return PARTS_OF_TOWN.contains(h.place().name()) && (h.start() == 0 || text.charAt(h.start() - 1) != '市');
  }

  /** Districts named as the parts of a town are: 老城区, 新城区, 城东区…. */
  private static final Set<String> PARTS_OF_TOWN = Set.of("老城区", "新城区", "城中区", "城东区", "城西区", "城南区", "城北区");

  /** A joining word and a level's ending: 和县, 会同县 (和, 与, 及, 同, 会同, 协同, 联合). */
  private static final Pattern JOINED = Pattern.compile("(?:和|与|及|同|会同|协同|联合)[县区市镇乡]");
  /** The last characters of a city's or province's name, right before a county it holds: 市, 省, 州, 盟. */
  private static final String DIVISION_ENDINGS = "市省州盟";

  private List<Hit> matches(String text) {
    List<Hit> hits = new ArrayList<>();
    matcher.scan(text, (begin, end, place) -> hits.add(new Hit(begin, end, place)));
    return hits;
  }

  /** Drops matches that lie inside a longer one (华门街道 inside 东华门街道). */
  private static List<Hit> longest(List<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    List<Hit> out = new ArrayList<>(sorted.size());
    int coveredTo = -1;
    for (Hit h : sorted) {
      if (h.end() <= coveredTo) {
        continue;
      }
      out.add(h);
      coveredTo = h.end();
    }
    return out;
  }

  private static boolean namesUnit(String text, int end) {
    if (text.startsWith("委托", end)) { // 漕河镇委托第三方: an act, not a committee
      return false;
    }
    for (String organ : ORGANS) {
      if (text.startsWith(organ, end)) {
        return true;
      }
    }
    return false;
  }
}
