package dev.jixiao.extract.document;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Unit;
import dev.jixiao.text.Line;
import dev.jixiao.unit.Division;
import dev.jixiao.unit.DivisionIndex;
import dev.jixiao.unit.Resolution;
import dev.jixiao.unit.UnitResolver;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting unit: its name when a field states it (单位名称：…), its title opens with it
 * (下桥镇人民政府2024年度绩效自评报告), a line of its own beside the title names it, it signs the
 * report above its date at the end, or a project's 实施单位 or a self-evaluation's 评价单位 field
 * names it; and its place in the national division list as {@link UnitResolver} finds it —
 * completed only when exactly one division fits, otherwise with the candidates.
 */
public final class UnitFinder {
  private static final Pattern NAME_FIELD = Pattern.compile("^(?:单位名称|部门名称|部门[(（]单位[)）]名称|单位[(（]部门[)）]名称|填报单位|报告单位|预算单位|编制单位)[ ]*[:：][ ]*(.+)$");
  /**
   * How a unit's name ends: a government, an office, a bureau, a centre, a school, a hospital, a
   * people's organisation (总工会, 妇女联合会), a party department (县委宣传部) or a commission
   * known by its short name (县卫健委).
   */
  private static final String UNIT_ENDING = "(?:人民政府|办事处|局|中心|委员会|委|办公室|管理处|处|所|站|院|馆|队|厅|部|学校|校|中学|小学|幼儿园|工会|联合会|协会|公司|社)";
  /**
   * A unit at the head of a title, after its year if the year comes first: a township's government,
   * a subdistrict's office, a county's or city's department (桃源县财政局, 南县住房和城乡建设局),
   * ended where the title goes on (its year, 关于, 部门, 单位, 整体, 项目, 专项, 绩效, 预算). Taken only when it
   * holds the place the text was resolved to (the township, else the county, else the city), so
   * that a county's government (徐闻县人民政府关于下桥镇…) is not taken for a township's unit.
   */
  private static final Pattern TITLE_NAME = Pattern.compile("^(?:\\d{4}\\s*年度?\\s*)?((?:(?!\\d{4}\\s*年)\\S){2,30}?"
      + UNIT_ENDING + ")(?=\\s*(?:\\d{4}\\s*年|关于|部门|单位|整体|项目|专项|绩效|预算))");
  /**
   * A line that is a unit's name alone, as a title without one has it just above or below
   * (2019年部门整体支出绩效评价报告 / 益阳市赫山区城市管理和综合执法局) and a letter has it above its
   * date: a name, so no punctuation of a sentence; taken, as a title's head is, only when it holds
   * the place the text was resolved to.
   */
  private static final Pattern NAME_LINE = Pattern.compile("^[\\p{IsHan}()（）]{2,30}" + UNIT_ENDING + "$");
  /** A project's 实施单位 field and the name after it: the unit that carried the project out and evaluates it. */
  private static final Pattern IMPLEMENTER_FIELD = Pattern.compile("^(?:项目)?实施单位[ ]*[:：][ ]*(\\S+)[ ]*$");
  /** A cover's 评价单位 field and the name after it. */
  private static final Pattern EVALUATOR_FIELD = Pattern.compile("^评价单位[ ]*[:：][ ]*(\\S+)[ ]*$");
  /** How many of the last lines a signature and its date may take. */
  private static final int SIGNATURE_LINES = 3;
  /** What finding a unit needs of the division list, built once from it. */
  private record Lookups(DivisionIndex divisions, UnitResolver resolver, OcrTownshipCorrection ocrCorrection) {
    Lookups(DivisionIndex index) {
      this(index, new UnitResolver(index), new OcrTownshipCorrection(index));
    }
  }

  private final CompletableFuture<Lookups> lookups;

  /**
   * With the bundled division list, loaded on another thread: reading it and indexing its 33k
   * names takes 0.4 CPU-s, which a one-file {@code extract} or {@code check} spent before it
   * even read its document. Now the document is read meanwhile (a one-file extract: 1.61 s
   * instead of 1.73 for a PDF, 1.42 instead of 1.54 for a text file, medians of five alternating
   * runs).
   */
  public UnitFinder() {
    this(DivisionIndex::bundled);
  }

  /** With the list {@code index} gives, built on another thread. */
  UnitFinder(Supplier<DivisionIndex> index) {
    this.lookups = CompletableFuture.supplyAsync(() -> new Lookups(index.get()));
  }

  public UnitFinder(DivisionIndex index) {
    this.lookups = CompletableFuture.completedFuture(new Lookups(index));
  }

  /** The lookups, waiting for them if they are still being built; their failure as it was thrown. */
  private Lookups lookups() {
    try {
      return lookups.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** The division list units are found in, waiting for it if it is still being built. */
  public DivisionIndex divisions() {
    return lookups().divisions();
  }

  /** The unit of the document whose title is {@code found} (null when it has none). */
  public Unit find(DocumentView v, TitleFinder.Title found) {
    String title = found == null ? null : found.normalized(v);
    Line titleLine = found == null ? null : found.first();
    String name = null;
    Evidence evidence = null;
    for (Line line : v.lines()) {
      Matcher m = NAME_FIELD.matcher(v.layout().content(line));
      if (m.find()) {
        int s = line.contentStart() + m.start(1);
        name = v.original(s, line.contentEnd()).strip();
        evidence = v.evidence(s, line.contentEnd());
        break;
      }
    }
    Lookups l = lookups();
    Resolution r = l.resolver().resolve(v.text(), title);
    if (evidence == null && r.start() >= 0) {
      evidence = v.evidence(r.start(), r.end());
    }
    if (v.document().ocr() && r.divisionCode() == null) {
      var corrected = l.ocrCorrection().correct(v.text(), r.township(), r.candidates());
      if (corrected.isPresent()) {
        Division d = corrected.get();
        return new Unit(name, d.name(), d.county(), d.city(), d.province(), d.code(), List.of(), evidence);
      }
    }
    String place = deepest(r);
    // the place as the text wrote it where it was resolved (红河州 for 红河哈尼族彝族自治州)
    String written = r.start() >= 0 ? v.normalized(r.start(), r.end()) : null;
    if (name == null && titleLine != null && place != null) {
      // the name is on the title's first line; what follows it may be on the second
      Matcher m = TITLE_NAME.matcher(title);
      if (m.find() && m.end(1) <= titleLine.contentEnd() - titleLine.contentStart()) {
        Resolution own = holds(m.group(1), place, written) ? r : above(l.resolver(), m.group(1), r, title, place, written);
        if (own != null) {
          int s = titleLine.contentStart() + m.start(1);
          int e = titleLine.contentStart() + m.end(1);
          name = v.original(s, e);
          evidence = v.evidence(s, e);
          r = own;
          place = deepest(r);
        }
      }
    }
    if (name == null && found != null && place != null) {
      Line beside = besideTitle(v, found);
      if (beside != null && holds(v.layout().content(beside), place, written)) {
        name = v.original(beside.contentStart(), beside.contentEnd());
        evidence = v.evidence(beside.contentStart(), beside.contentEnd());
      }
    }
    if (name == null && place != null) {
      Line signed = signature(v);
      if (signed != null && holds(v.layout().content(signed), place, written)) {
        name = v.original(signed.contentStart(), signed.contentEnd()).strip();
        evidence = v.evidence(signed.contentStart(), signed.contentEnd());
      }
    }
    for (Pattern field : new Pattern[] {IMPLEMENTER_FIELD, EVALUATOR_FIELD}) {
      int[] named = name == null && place != null ? namedBy(v, field) : null;
      if (named != null && holds(v.normalized(named[0], named[1]), place, written)) {
        name = v.original(named[0], named[1]);
        evidence = v.evidence(named[0], named[1]);
      }
    }
    String named = name == null ? null : v.normalized(evidence.start(), evidence.end());
    if (named != null && place != null && !holds(named, place, written)) {
      // a field's unit of a county whose project is in a township (填报单位：桐溪县水利局)
      Resolution own = DepartmentUnit.placeOf(named, DepartmentUnit.Where.FIELD, v.text(), title, place, l.resolver());
      r = own != null ? own : r;
    } else if (name == null) {
      Named candidate = departmentNamed(v, found, title, titleLine);
      Resolution own = candidate == null ? null
          : DepartmentUnit.placeOf(v.normalized(candidate.start(), candidate.end()), candidate.where(), v.text(), title, place, l.resolver());
      if (own != null) {
        name = v.original(candidate.start(), candidate.end()).strip();
        evidence = v.evidence(candidate.start(), candidate.end());
        r = own;
      }
    }
    CountyTitle.County county = name == null && titleLine != null ? CountyTitle.of(title, r.township(), l.resolver()) : null;
    if (county != null && county.end() <= titleLine.contentEnd() - titleLine.contentStart()) {
      r = county.place();
      evidence = v.evidence(titleLine.contentStart() + county.start(), titleLine.contentStart() + county.end());
    }
    // the record's divisionCode is a township's 9-digit code; a county-level unit has none
    String code = r.township() == null ? null : r.divisionCode();
    return new Unit(name, r.township(), r.county(), r.city(), r.province(), code, r.candidates(), evidence);
  }

  /**
   * [start, end) of the unit's name at the head of the title, alone beside it, or signing the report, the first of them there is;
   * null when there is none. Whether it is the unit though it holds no place the text was resolved to is {@link DepartmentUnit}'s
   * to say.
   */
  private static Named departmentNamed(DocumentView v, TitleFinder.Title found, String title, Line titleLine) {
    if (titleLine != null) {
      Matcher m = TITLE_NAME.matcher(title);
      if (m.find() && m.end(1) <= titleLine.contentEnd() - titleLine.contentStart()) {
        return new Named(titleLine.contentStart() + m.start(1), titleLine.contentStart() + m.end(1), DepartmentUnit.Where.TITLES_HEAD);
      }
    }
    Line beside = found == null ? null : besideTitle(v, found);
    if (beside != null) {
      return new Named(beside.contentStart(), beside.contentEnd(), DepartmentUnit.Where.BESIDE_TITLE);
    }
    Line signed = signature(v);
    return signed == null ? null : new Named(signed.contentStart(), signed.contentEnd(), DepartmentUnit.Where.SIGNATURE);
  }

  /** A unit's name at [start, end) of the text, and where the report puts it. */
  private record Named(int start, int end, DepartmentUnit.Where where) {}

  /**
   * [start, end) of the unit the first {@code field} line names, when it is a unit's name: a
   * project's form names it as 实施单位 (实施单位：池州市贵池区棠溪镇人民政府), a self-evaluation's cover
   * as 评价单位 (评价单位:吉首市乾州街道办事处). These are taken last, and only when the name holds the
   * place the text was resolved to: a third party's evaluation names the firm that wrote it there.
   */
  private static int[] namedBy(DocumentView v, Pattern field) {
    for (Line line : v.lines()) {
      Matcher m = field.matcher(v.layout().content(line));
      if (m.find()) {
        int s = line.contentStart() + m.start(1);
        int e = line.contentStart() + m.end(1);
        return NAME_LINE.matcher(v.normalized(s, e)).matches() ? new int[] {s, e} : null;
      }
    }
    return null;
  }

  private static String deepest(Resolution r) {
    return r.township() != null ? r.township() : r.county() != null ? r.county() : r.city();
  }

  /**
   * The division of a unit named at the head of the title when it lies above the one the text was
   * resolved to, and the title does not name that one: a prefecture's centre whose report says where
   * its hall stands (红河州数据发展中心 … 位于蒙自市), a county's bureau whose projects are in a
   * township. The deeper place is then only a place the report is about, not the unit's. Null when
   * the name holds no place of its own, or one the text's place does not lie in.
   */
  private static Resolution above(UnitResolver resolver, String unitName, Resolution r, String title, String place, String written) {
    if (title.contains(place) || written != null && title.contains(written)) {
      return null;
    }
    Resolution own = resolver.resolve(unitName, null);
    String ownPlace = deepest(own);
    if (ownPlace == null || !own.candidates().isEmpty() || own.township() != null) {
      return null;
    }
    boolean contains = own.county() != null
        ? r.township() != null && own.county().equals(r.county())
        : r.county() != null && own.city() != null && own.city().equals(r.city());
    return contains ? own : null;
  }

  /** Whether a unit's name holds the place, by its official name or as the text wrote it. */
  private static boolean holds(String name, String place, String written) {
    return name.contains(place) || written != null && written.length() >= 2 && name.contains(written);
  }

  /**
   * The unit that signs the report: a unit's name alone on one of its last lines, above its date
   * (固始县祖师庙镇人民政府 / 2025年12月30日), as a report written as a letter ends.
   */
  private static Line signature(DocumentView v) {
    List<Line> lines = v.lines();
    int seen = 0;
    for (int i = lines.size() - 1; i >= 0 && seen < SIGNATURE_LINES; i--) {
      Line l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      seen++;
      String content = v.layout().content(l).strip();
      if (PublishedDateFinder.isDateLine(content)) {
        continue;
      }
      if (!NAME_LINE.matcher(content).matches()) {
        return null;
      }
      // two units signing together (凤岭县应急管理局 / 凤岭县财政局 / 2025年2月26日): the first, which leads
      Line above = nonBlank(lines, i - 1, -1);
      return above != null && NAME_LINE.matcher(v.layout().content(above).strip()).matches() ? above : l;
    }
    return null;
  }

  /** The non-blank line just above the title or just below it that is a unit's name alone; the one above first. */
  private static Line besideTitle(DocumentView v, TitleFinder.Title title) {
    List<Line> lines = v.lines();
    int first = title.first().index();
    int last = title.line().index();
    Line above = nonBlank(lines, first - 1, -1);
    Line below = nonBlank(lines, last + 1, 1);
    for (Line l : new Line[] {above, below}) {
      if (l != null && NAME_LINE.matcher(v.layout().content(l).strip()).matches()) {
        return l;
      }
    }
    return null;
  }

  private static Line nonBlank(List<Line> lines, int from, int step) {
    for (int i = from; i >= 0 && i < lines.size(); i += step) {
      if (!lines.get(i).isBlank()) {
        return lines.get(i);
      }
    }
    return null;
  }
}
