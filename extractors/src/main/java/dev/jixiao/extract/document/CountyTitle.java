package dev.jixiao.extract.document;

import dev.jixiao.unit.Resolution;
import dev.jixiao.unit.UnitResolver;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report whose title opens with a county and its year (渌川县2024年度油茶产业发展专项资金绩效自评报告) is the county's, though its
 * text names the townships the fund went to more often than the county: the unit is the county, not the township named most. A
 * title that names a township after its county (梅江县桐坪镇2023年度…) or the township the text was resolved to is left to it.
 */
final class CountyTitle {
  /** A county, banner or district and then the year, at the head of a title. */
  private static final Pattern COUNTY_THEN_YEAR = Pattern.compile("^(\\p{IsHan}{1,6}?[县旗区市])(?=\\s*\\d{4}\\s*年)");
  /** A 区 or 市 that is no county: a park, a campus, a scenic area, a development zone. */
  private static final Pattern NO_COUNTY = Pattern.compile("(?:景|社|园|学|校|片|库|灌|林|牧|矿|新|城|开发)区$");

  /** The county the title opens with, at [start, end) of the title. */
  record County(Resolution place, int start, int end) {}

  private CountyTitle() {}

  /** Whether a place written with a county's ending (青溪县, 河西区) may be one: a name before it, and no park or campus. */
  static boolean mayBeACounty(String written) {
    return written.length() >= 2 && !NO_COUNTY.matcher(written).find();
  }

  /**
   * The county that {@code title} (normalized) opens with when it is the unit's place rather than {@code township}, the township
   * the text was resolved to; null when the title opens with no county before its year, names the township, or opens with a 市
   * the division list does not know (a city, or a county-level one).
   */
  static County of(String title, String township, UnitResolver resolver) {
    if (title == null || township == null || title.contains(township)) {
      return null;
    }
    Matcher m = COUNTY_THEN_YEAR.matcher(title);
    if (!m.find() || !mayBeACounty(m.group(1))) {
      return null;
    }
    String written = m.group(1);
    Resolution own = resolver.resolve(written, null);
    if (own.township() == null && written.equals(own.county())) {
      return new County(own.withoutSpan(), m.start(1), m.end(1));
    }
    if (written.endsWith("市")) {
      return null;
    }
    return new County(Resolution.countyAsWritten(written), m.start(1), m.end(1));
  }
}
