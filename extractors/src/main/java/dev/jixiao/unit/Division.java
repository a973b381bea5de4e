package dev.jixiao.unit;

import dev.jixiao.record.DivisionRef;

/**
 * One row of the national division list with the names of the divisions above it. The fields of
 * the levels below its own are null; its own level's field equals {@code name}.
 *
 * @param code 2 (province), 4 (city), 6 (county) or 9 (township) digits
 * @param city the list's name for the city level, kept as written, placeholders such as
 *     {@code 自治区直辖县级行政区划} included
 */
public record Division(
    Level level, String code, String name, String province, String city, String county, String township) {

  /** The four levels the list has (villages are not shipped). */
  public enum Level {
    PROVINCE,
    CITY,
    COUNTY,
    TOWNSHIP
  }

  /** The name this division has at {@code level} (its own or an ancestor's); null below its level. */
  public String nameAt(Level at) {
    return switch (at) {
      case PROVINCE -> province;
      case CITY -> city;
      case COUNTY -> county;
      case TOWNSHIP -> township;
    };
  }

  /**
   * This division as the record's reference. For a county the code is its 6-digit code and the
   * township is null.
   */
  public DivisionRef toRef() {
    return new DivisionRef(code, province, city, county, township);
  }
}
