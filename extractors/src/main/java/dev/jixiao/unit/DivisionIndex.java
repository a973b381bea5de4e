package dev.jixiao.unit;

import dev.jixiao.unit.Division.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national division list (province, city, county, township), looked up by exact name or code.
 * Immutable once built, so one instance serves every thread; {@link #bundled()} is the copy
 * shipped in this module (NBS 2023 codes, see {@code divisions/SOURCE.md}).
 *
 * <p>Names are kept exactly as the list writes them, placeholders included ({@code 市辖区},
 * {@code 自治区直辖县级行政区划}); deciding which names may be matched in running text is the
 * resolver's job, not the index's.
 */
public final class DivisionIndex {

  private static final String RESOURCES = "divisions/";

  private final Map<Level, List<Division>> byLevel;
  private final Map<Level, Map<String, List<Division>>> byName;
  private final Map<String, Division> byCode;

  private DivisionIndex(List<Division> all) {
    Map<Level, List<Division>> levels = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      levels.put(level, new ArrayList<>());
    }
    for (Division d : all) {
      levels.get(d.level()).add(d);
    }
    Map<Level, List<Division>> frozenLevels = new EnumMap<>(Level.class);
    Map<Level, Map<String, List<Division>>> frozenNames = new EnumMap<>(Level.class);
    Map<String, Division> codes = new HashMap<>(all.size() * 2);
    for (Level level : Level.values()) {
      List<Division> rows = levels.get(level);
      if (!isSortedByCode(rows)) { // the shipped files are; a hand-made list may not be
        rows.sort(Comparator.comparing(Division::code));
      }
      Map<String, List<Division>> names = new HashMap<>(rows.size() * 2);
      for (Division d : rows) {
        names.computeIfAbsent(d.name(), k -> new ArrayList<>(1)).add(d);
        codes.put(d.code(), d);
      }
      names.replaceAll((name, list) -> List.copyOf(list));
      frozenLevels.put(level, List.copyOf(rows));
      frozenNames.put(level, Collections.unmodifiableMap(names));
    }
    this.byLevel = frozenLevels;
    this.byName = frozenNames;
    this.byCode = Collections.unmodifiableMap(codes);
  }

  private static boolean isSortedByCode(List<Division> divisions) {
    for (int i = 1; i < divisions.size(); i++) {
      if (divisions.get(i - 1).code().compareTo(divisions.get(i).code()) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The list shipped with this module, loaded on first use and shared. */
  public static DivisionIndex bundled() {
    return Bundled.INSTANCE;
  }

  /** Initialization-on-demand holder: the JVM loads the list once, on first call, thread-safely. */
  private static final class Bundled {
    static final DivisionIndex INSTANCE = loadBundled();
  }

  private static DivisionIndex loadBundled() {
    try (Reader p = resource("provinces.csv");
        Reader c = resource("cities.csv");
        Reader a = resource("areas.csv");
        Reader s = resource("streets.csv")) {
      return read(p, c, a, s);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the bundled division list", e);
    }
  }

  private static Reader resource(String file) throws IOException {
    InputStream in = DivisionIndex.class.getResourceAsStream(RESOURCES + file);
    if (in == null) {
      throw new IOException("missing resource dev/jixiao/unit/" + RESOURCES + file);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /**
   * Builds an index from the four files in the layout of the {@code china-division} CSVs. The
   * readers are read to the end and not closed.
   *
   * @throws IOException when a file is malformed or a row names a parent the other files lack
   */
  public static DivisionIndex read(Reader provinces, Reader cities, Reader counties, Reader townships)
      throws IOException {
    List<Division> all = new ArrayList<>(48_000);
    Map<String, Division> provinceByCode = new HashMap<>();
    for (String[] r : DivisionCsv.read(provinces, "provinces.csv", "code", "name")) {
      Division d = new Division(Level.PROVINCE, r[0], r[1], r[1], null, null, null);
      provinceByCode.put(d.code(), d);
      all.add(d);
    }
    Map<String, Division> cityByCode = new HashMap<>();
    for (String[] r : DivisionCsv.read(cities, "cities.csv", "code", "name", "provinceCode")) {
      Division p = parent(provinceByCode, r[2], "cities.csv", r[0]);
      Division d = new Division(Level.CITY, r[0], r[1], p.province(), r[1], null, null);
      cityByCode.put(d.code(), d);
      all.add(d);
    }
    Map<String, Division> countyByCode = new HashMap<>();
    for (String[] r : DivisionCsv.read(counties, "areas.csv", "code", "name", "cityCode", "provinceCode")) {
      Division c = parent(cityByCode, r[2], "areas.csv", r[0]);
      Division d = new Division(Level.COUNTY, r[0], r[1], c.province(), c.city(), r[1], null);
      countyByCode.put(d.code(), d);
      all.add(d);
    }
    for (String[] r :
        DivisionCsv.read(townships, "streets.csv", "code", "name", "areaCode", "provinceCode", "cityCode")) {
      Division a = parent(countyByCode, r[2], "streets.csv", r[0]);
      all.add(new Division(Level.TOWNSHIP, r[0], r[1], a.province(), a.city(), a.county(), r[1]));
    }
    return new DivisionIndex(all);
  }

  private static Division parent(Map<String, Division> parents, String code, String what, String child)
      throws IOException {
    Division p = parents.get(code);
    if (p == null) {
      throw new IOException(what + ": " + child + " names parent " + code + ", which the list lacks");
    }
    return p;
  }

  /** Townships (镇, 乡, 街道, 苏木, …) with exactly this name, by code; empty when none. */
  public List<Division> townships(String name) {
    return named(Level.TOWNSHIP, name);
  }

  /** County-level divisions (县, 区, 县级市, 旗, …) with exactly this name, by code. */
  public List<Division> counties(String name) {
    return named(Level.COUNTY, name);
  }

  /** City-level divisions with exactly this name, by code. */
  public List<Division> cities(String name) {
    return named(Level.CITY, name);
  }

  /** Provinces with exactly this name (at most one). */
  public List<Division> provinces(String name) {
    return named(Level.PROVINCE, name);
  }

  /** Divisions of one level with exactly this name, by code; empty when none. */
  public List<Division> named(Level level, String name) {
    return name == null ? List.of() : byName.get(level).getOrDefault(name, List.of());
  }

  /** Every division of one level, by code. */
  public List<Division> all(Level level) {
    return byLevel.get(level);
  }

  public Optional<Division> byCode(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }
}
