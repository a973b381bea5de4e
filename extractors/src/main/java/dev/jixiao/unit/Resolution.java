package dev.jixiao.unit;

import dev.jixiao.record.DivisionRef;
import java.util.List;

/**
 * Where a report's unit sits in the national division list, as far as the text supports it.
 *
 * <p>When exactly one division fits what the text says, every name and {@code divisionCode} are
 * filled and {@code candidates} is empty. When several fit, {@code candidates} lists them (by
 * code) and only the names the text itself states and all candidates share are filled; {@code
 * divisionCode} stays null. Nothing found: every field null, no candidates, span -1/-1.
 *
 * @param divisionCode the 9-digit code of the township, or the 6-digit code of the county when
 *     the report names no township (a 县财政局 report), or the 4-digit code of the city when it
 *     names neither (a 市 department's report); null when the named township is not in
 *     the list under the county written before it (桐乡市乌镇), whose other fields then come from
 *     that county
 * @param candidates the divisions that fit when more than one does; when they are counties (no
 *     township named, or the case above) their codes are 6-digit and their township is null
 * @param start offset in the text of the first mention of the chosen township (or county when
 *     there is no township); -1 when nothing was found or the name occurs only in the title (which
 *     the caller may keep apart from the text); {@code end} is exclusive
 */
public record Resolution(
    String township,
    String county,
    String city,
    String province,
    String divisionCode,
    List<DivisionRef> candidates,
    int start,
    int end) {

  private static final Resolution NONE = new Resolution(null, null, null, null, null, List.of(), -1, -1);

  public Resolution {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }

  /** Nothing in the text names a division. */
  public static Resolution none() {
    return NONE;
  }

  /** A county as a name writes it, which the list does not know: no code, no candidates, no span. */
  public static Resolution countyAsWritten(String county) {
    return new Resolution(null, county, null, null, null, List.of(), -1, -1);
  }

  /** The same places, with no span: found in other words than the text's (a unit's name read on its own). */
  public Resolution withoutSpan() {
    return new Resolution(township, county, city, province, divisionCode, candidates, -1, -1);
  }

  /** Whether a township or county was found at all. */
  public boolean found() {
    return township != null || county != null;
  }
}
