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
      if (starts && ends && shortOk) {
        out.add(h);
      }
    }
    return out;
  }

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
