package dev.jixiao.extract.document;

import dev.jixiao.record.DivisionRef;
import dev.jixiao.unit.Division;
import dev.jixiao.unit.DivisionIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For OCR text only: a township name that fits no county the text names, while exactly one
 * township of a named county differs from it by a single character, is that township misread
 * (漕河镇 comes out of Tesseract as 潮河镇, 清河镇, 法河镇… beside 保定市徐水区). The evidence keeps
 * the text as OCR read it. Nothing is corrected when the county is not named or when two
 * townships would fit.
 */
final class OcrTownshipCorrection {
  private static final int MIN_COUNTY_NAME = 3;
  private final DivisionIndex index;

  OcrTownshipCorrection(DivisionIndex index) {
    this.index = index;
  }

  Optional<Division> correct(String text, String township, List<DivisionRef> candidates) {
    if (township == null) {
      return Optional.empty();
    }
    List<Division> counties = new ArrayList<>();
    for (Division c : index.all(Division.Level.COUNTY)) {
      if (c.name().length() >= MIN_COUNTY_NAME && text.contains(c.name())
          && (c.city() == null || text.contains(c.city()) || text.contains(c.city().replace("市", "")))) {
        counties.add(c);
      }
    }
    if (counties.isEmpty() || candidates.stream().anyMatch(d -> counties.stream().anyMatch(c -> c.name().equals(d.county())))) {
      return Optional.empty();
    }
    List<Division> near = new ArrayList<>();
    for (Division t : index.all(Division.Level.TOWNSHIP)) {
      if (oneCharApart(t.name(), township)
          && counties.stream().anyMatch(c -> c.name().equals(t.county()) && java.util.Objects.equals(c.city(), t.city()))) {
        near.add(t);
      }
    }
    return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
  }

  private static boolean oneCharApart(String a, String b) {
    if (a.length() != b.length() || a.equals(b)) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i) && ++diff > 1) {
        return false;
      }
    }
    return diff == 1;
  }
}
