package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.extract.Labels;
import dev.jixiao.record.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A comparison that states what it compares with: "“三公”经费决算数8.64万元，比预算数10.00万元减少1.36万元，
 * 下降13.60%", "政府债务余额2350.00万元，较年初2580.00万元减少230.00万元", "本年收入5000万元，较上年的4500万元增长11.11%".
 * The amount, then (past any rate of it) the base after 比 or 较 in a later clause of its sentence,
 * then the direction and the change, the rate, or both. Read apart from a plain change (较上年减少1.36万元), whose base is
 * reckoned: here the base is a figure of its own, and the change is of it, not of the amount. So too two years' amounts of one
 * thing before the change (2023年支出168.30万元，2024年支出159.90万元，下降4.99%): the earlier is the base; a move
 * from one amount to another (由128.60万人次增至139.66万人次，增长8.60%): the first is; and a base in parentheses
 * after the rate (5.82万人次，同比增长3.93%（上年5.60万人次）).
 *
 * @param change the change's amount, or null when only its rate is stated
 * @param rate the change's rate, or null when only its amount is stated
 */
record StatedBase(Figure amount, Figure base, Figure change, Figure rate, boolean up) {
  /** The words before the base in its clause: a comparison and what is compared (比预算数, 较年初, 较上年的, 较2023年的). */
  /** A base named by its year alone: 比上年的, 较2023年. */
  private static final Pattern YEAR_ALONE = Pattern.compile("^(?:比|较)" + Labels.EARLIER_YEAR + "的?$");
  private static final Pattern BASE = Pattern.compile("^(?:比|较)(?:" + Labels.YEAR + "年度?(?:末|底)?)?[^，,。；;：:、\\d]{0,10}$");
  /**
   * The direction right after the base (减少, 增长了, 同比增长, 低; after a base in parentheses, 较上年（51.92万亩）增加), or after the
   * base's name (较180.00万元的控制数节约, 较1,400元的控制目标节约), which the change or the rate follows.
   */
  private static final Pattern DIRECTION = Pattern.compile("^[)）]?(?:的\\p{IsHan}{1,6}?)?(?:同比)?(增加|增长|上升|提高|超出|超支|减少|下降|降低|节约|节省|高|低|多|少)了?(?:幅度|比例)?为?$");
  /**
   * A target named alone (目标42个, 年度目标值, 完成目标值120万页的, 为最低目标45场的, 为调整后任务的): what a deed is measured against, no amount that
   * changed.
   */
  private static final Pattern BARE_TARGET =
      Pattern.compile("^[,，]?(?:为|完成|达到)?(?:年度|全年|调整后|年初)?(?:最低|最高)?(?:目标|计划|任务)(?:值|数)?(?:为|是|的)?$");
  /**
   * The most characters {@link #BARE_TARGET} can match: longer labels, most of them, need no matcher (nor do those without its
   * noun).
   */
  private static final int BARE_TARGET_LONGEST = 12;
  /** A budget named as what a share is of, the share after it: 为预算数, 为年度预算的 (…12.60万元的78.10%). */
  private static final Pattern SHARES_BASE = Pattern.compile("^[,，]?(?:为|占)(?:年度|全年|年初|调整后)?(?:“三公”经费)?预算(?:数)?的?$");
  /** The year a comparison is with: the year before, or one named (上年, 去年同期, 2023年度), as the change rules write it. */
  static final String YEAR_BEFORE = "(?:上年|去年|上一年|" + Labels.YEAR + "年度?)(?:同期)?";
  /** A change's words before it, the comparison first and what changed named between (群众反映问题较上年减少36件): a change, no amount. */
  static final Pattern CHANGE_STATED =
      Pattern.compile("(?:比|较)" + YEAR_BEFORE + "\\p{IsHan}{0,6}?(增加|增长|上升|提高|减少|下降|降低)了?$");
  /**
   * A rate's words after a change (，下降13.60%, 增长幅度为), which may name the comparison again (，比上年增长10.04%): this and
   * change.rate read them alike.
   */
  static final Pattern RATE_WORDS =
      Pattern.compile("^(?:同比|(?:比|较)" + YEAR_BEFORE + ")?(增加|增长|上升|提高|减少|下降|降低)(?:幅度|比例|率)?(?:为|了)?$");
  private static final String UP = "增加增长上升提高超出超支多";
  /**
   * The words before an amount moved from (由2023年的, 由上年的, 从, 由年初: a budget adjusted in the year; 由每吨: a cost per unit): a move to
   * another amount follows.
   */
  private static final Pattern FROM = Pattern.compile("(?:由|从)(?:上年|去年|" + Labels.YEAR + "年度?(?:末|底)?|年初(?:预算)?|每\\p{IsHan}{1,2})?的?$");
  /** The move's words between the two amounts (增至2024年的, 下降到, 调增至), up or down by the first word. */
  private static final Pattern TO = Pattern.compile(
      "^调?(增|增加|增长|提高|上升|升|减|减少|下降|降低|降)(?:至|到)(?:" + Labels.YEAR + "年度?(?:末|底)?)?的?$");
  /** The year before's amount named by the year alone, after this year's: 上年为, 去年同期是. */
  private static final Pattern YEAR_BEFORE_NAMED = Pattern.compile("^(?:上年|去年|上一年)(?:同期)?(?:为|是)?$");
  /** A base in parentheses after the rate, named as the year before's (（上年5.60万人次）, (2023年为…)). */
  private static final Pattern BASE_AFTER = Pattern.compile("^[(（](?:上年|去年|上年同期|" + Labels.YEAR + "年度?)(?:为|是)?$");
  /** A label that opens with its year (2023年机关运行经费支出为): the year, and what it names without a verb. */
  private static final Pattern YEAR_FIRST = Pattern.compile("^((?:19|20)\\d{2})年度?(?:全年)?(.*?)(?:为|是|共|达)?$");

  /** What the amount is of, for a finding: its label up to a move's 由 or 从 (门诊诊疗人次由…增至…), or its text. */
  String subject() {
    String label = SpendingLabels.label(amount);
    // the amount moved to is labelled by the move's words alone (基本支出由年初712.36万元调增至726.45万元): the base's label names it
    if (TO.matcher(label).matches()) {
      label = SpendingLabels.label(base);
    }
    String before = label.replaceFirst("(?:由|从).*$", "");
    return !before.isBlank() ? before : label.isBlank() ? amount.text() : label;
  }

  /** The base for a finding: its label and figure, or 原为 and its figure when it shares the amount's label (a move's). */
  String baseNamed() {
    // the label may run on to the direction after the base (较2023年的712件同比增长: 较2023年同比增长), which the message says itself
    String label = SpendingLabels.label(base).replaceFirst("(?:同比)?(?:增加|增长|上升|提高|减少|下降|降低)了?$", "");
    return (label.equals(SpendingLabels.label(amount)) ? "原为" : label) + Figures.withUnit(base);
  }

  /**
   * The same comparison of the whole the amount is a part of, in the base's sentence, or null (“三公”经费支出13.10万元，其中公务用车
   * 运行维护费9.84万元、公务接待费3.26万元，…，较上年的15.42万元减少2.32万元): a comparison after a list may be of the list's total.
   */
  StatedBase ofTheWhole(Map<String, Figure> byId, String text) {
    Figure whole = amount.partOf() == null ? null : byId.get(amount.partOf());
    return whole != null && Sentences.together(text, whole, base) ? new StatedBase(whole, base, change, rate, up) : null;
  }

  /** Every such comparison among the report's figures, in the text's order. */
  static List<StatedBase> in(List<Figure> fs, String text) {
    List<StatedBase> out = new ArrayList<>();
    // The figure before the base, past the rates stated of that figure (实际支出1482.30万元，执行率95.02%，较上年的…):
    // carried along, as looking back from each figure took minutes on a table of thousands of rates.
    Figure last = null;
    // and the last outside parentheses, for a base outside them (实际支出7.24万元（公务接待费1.86万元、…、因公出国（境）费0元），…，
    // 较2023年的8.12万元下降10.84%: the comparison is of the 7.24, not of the last part in the aside)
    Figure lastOutside = null;
    Asides asides = new Asides(text);
    for (int i = 1; i + 1 < fs.size(); i++) {
      // (and past a target stated beside it: 适配辅助器具987件，目标900件，完成率109.67%，比上年的806件增长22.46%)
      // (nor the budget a share is of: 支出9.84万元，为预算数12.60万元的78.10%，较上年11.20万元减少1.36万元)
      if (!Figure.PERCENT.equals(fs.get(i - 1).kind()) && !bareTarget(SpendingLabels.label(fs.get(i - 1)))
          && !SHARES_BASE.matcher(SpendingLabels.label(fs.get(i - 1))).matches()) {
        last = fs.get(i - 1);
        lastOutside = asides.holds(last) ? lastOutside : last;
      }
      Figure base = fs.get(i);
      Figure amount = lastOutside == null || asides.holds(base) ? last : lastOutside;
      // an average between the amount and a base of a total is none of the comparison (累计处理污水235,300吨，日均650吨，较上年处理量
      // 221,650吨增长6.16%)
      // (but an average set against the year before's own, named by the year alone: 人均培训成本1,393.00元，比上年的1,426.50元下降2.35%)
      amount = amount != null && averaged(amount) && !averaged(base) && !ofTheYearAlone(base) ? totalBefore(fs, i, text, amount) : amount;
      Figure next = fs.get(i + 1);
      if (amount == null || !measured(base) || !measured(amount) || !Figures.sameMeasure(amount, base)
          || !Sentences.together(text, amount, base) || !BASE.matcher(clauseBefore(text, base)).matches()
          || BASE.matcher(clauseBefore(text, amount)).matches() || CHANGE_STATED.matcher(clauseBefore(text, amount)).find()) {
        continue;
      }
      var direction = DIRECTION.matcher(between(text, base, next));
      if (!direction.matches() || !Sentences.together(text, base, next)) {
        continue;
      }
      boolean up = up(direction.group(1));
      if (ofTheYearAlone(base) && !goesAs(amount, base, up)) {
        // the year alone names no measure: where the amount right before went the other way (项目全年支出303.10万元，执行率97.77%，结余
        // 6.90万元，比上年的288.40万元增长5.10%), an earlier one of the sentence that went the stated way is compared
        Figure earlier = earlier(fs, Figures.positionOf(fs, amount, i), text, base, f -> goesAs(f, base, up));
        amount = earlier == null ? amount : earlier;
      }
      if (ofTheYearAlone(base) && Figure.PERCENT.equals(next.kind()) && !gives(amount, base, next, up)) {
        // or where an earlier one gives the stated rate and the one right before does not (完成改厕4,010户，为调整后任务4,050户的99.01%…，
        // 比2022年的3,620户增长10.77%; 支出171,420.00元（…公务接待费12,800.00元…），…比上年的183,600.00元下降6.63%)
        Figure giving = earlier(fs, Figures.positionOf(fs, amount, i), text, base, f -> gives(f, base, next, up));
        amount = giving == null ? amount : giving;
      } else if (ofTheYearAlone(base) && measured(next) && Figures.sameMeasure(base, next) && !changesBy(amount, base, next, up)
          && !asides.holds(base)) {
        // so too the change stated right after (实际支出15.92万元，…，结余2.68万元，较上年的17.48万元减少1.56万元): not what was left
        Figure changing = earlier(fs, Figures.positionOf(fs, amount, i), text, base, f -> !asides.holds(f) && changesBy(f, base, next, up));
        amount = changing == null ? amount : changing;
      }
      comparedAfter(fs, i, text, amount, base, up).ifPresent(out::add);
    }
    yearOnYear(fs, text, out);
    yearBeforeAfter(fs, text, out);
    fromTo(fs, text, out);
    baseAfterTheRate(fs, text, out);
    out.sort((a, b) -> Integer.compare(a.amount().evidence().start(), b.amount().evidence().start()));
    return out;
  }

  /** Whether the amount stands on the side of the base its change's words say: above it when up, below it when down. */
  private static boolean goesAs(Figure amount, Figure base, boolean up) {
    int c = Figures.ones(amount).compareTo(Figures.ones(base));
    return up ? c >= 0 : c <= 0;
  }


  /**
   * The amount's change on the base as a percentage of the base, counted the way the words go (up: the amount above the base); null
   * where the base may be nothing.
   */
  static Interval percentChange(Figure amount, Figure base, boolean up) {
    Interval difference = up ? Figures.of(amount).minus(Figures.of(base)) : Figures.of(base).minus(Figures.of(amount));
    Interval share = difference.dividedBy(Figures.of(base));
    return share == null ? null : share.times(BigDecimal.valueOf(100));
  }

  /** Whether the amount's change on the base, the way the words go, is the rate. */
  private static boolean gives(Figure amount, Figure base, Figure rate, boolean up) {
    Interval percent = percentChange(amount, base, up);
    return percent != null && percent.intersects(Figures.of(rate));
  }

  /** Whether the amount is the base changed by the change, the way the words go. */
  private static boolean changesBy(Figure amount, Figure base, Figure change, boolean up) {
    Interval moved = up ? Figures.of(base).plus(Figures.of(change)) : Figures.of(base).minus(Figures.of(change));
    return Figures.sameMeasure(amount, base) && moved.intersects(Figures.of(amount));
  }

  /** The nearest figure before the one at {@code at} in the base's sentence, of its measure, that {@code fits}; or null. */
  private static Figure earlier(List<Figure> fs, int at, String text, Figure base, Predicate<Figure> fits) {
    for (int k = at - 1; k >= 0 && Sentences.together(text, fs.get(k), base); k--) {
      Figure f = fs.get(k);
      if (f.op() == null && measured(f) && Figures.sameMeasure(f, base) && fits.test(f)) {
        return f;
      }
    }
    return null;
  }

  /** Whether a base is named by its year alone (比上年的, 较2023年), so of whatever the amount before it is. */
  private static boolean ofTheYearAlone(Figure base) {
    return YEAR_ALONE.matcher(SpendingLabels.label(base)).matches();
  }

  private static boolean averaged(Figure f) {
    return SpendingLabels.namesAnAverage(SpendingLabels.label(f));
  }

  /** The figure of the average's measure before it in its sentence that is no average, or the average when none is. */
  private static Figure totalBefore(List<Figure> fs, int baseAt, String text, Figure average) {
    for (int k = Figures.positionOf(fs, average, baseAt) - 1; k >= 0 && Sentences.together(text, fs.get(k), average); k--) {
      Figure f = fs.get(k);
      if (Figures.sameMeasure(f, average) && !averaged(f) && f.op() == null) {
        return f;
      }
    }
    return average;
  }

  /**
   * Two years' amounts of one thing, the later one's change from the earlier after them: "2023年机关运行经费支出168.30万元，
   * 2024年支出159.90万元，下降4.99%" (or 减少8.40万元, and its rate). The earlier year's amount is the base.
   */
  private static void yearOnYear(List<Figure> fs, String text, List<StatedBase> out) {
    for (int i = 1; i + 1 < fs.size(); i++) {
      Figure base = fs.get(i - 1);
      Figure amount = fs.get(i);
      Figure next = fs.get(i + 1);
      if (!measured(base) || !measured(amount) || !Figures.sameMeasure(base, amount) || !laterYearOfTheSame(base, amount)
          || !Sentences.together(text, base, amount) || !Sentences.together(text, amount, next)) {
        continue;
      }
      var words = RATE_WORDS.matcher(clauseBefore(text, next));
      if (!words.matches()) {
        continue;
      }
      comparedAfter(fs, i, text, amount, base, up(words.group(1))).ifPresent(out::add);
    }
  }

  /**
   * An amount, then the year before's named by its year alone right after it, then the change or its rate: "全县一般公共预算收入完成
   * 112,680万元，上年为108,034万元，增加4,646万元，增长4.30%". The year before's amount is the base. The amount's parts in parentheses
   * may stand between.
   */
  private static void yearBeforeAfter(List<Figure> fs, String text, List<StatedBase> out) {
    for (int i = 1; i + 1 < fs.size(); i++) {
      Figure base = fs.get(i);
      if (!measured(base) || !YEAR_BEFORE_NAMED.matcher(clauseBefore(text, base)).matches()) {
        continue;
      }
      Figure amount = outsideItsAside(fs, i - 1, text, base);
      Figure next = fs.get(i + 1);
      if (!measured(amount) || !Figures.sameMeasure(base, amount) || !Sentences.together(text, amount, base)
          || !Sentences.together(text, base, next)) {
        continue;
      }
      var words = RATE_WORDS.matcher(clauseBefore(text, next));
      if (words.matches()) {
        comparedAfter(fs, i, text, amount, base, up(words.group(1))).ifPresent(out::add);
      }
    }
  }

  /**
   * The figure at k, or where it stands in parentheses the base is not in, the last before it outside them in the base's sentence
   * (“三公”经费支出17.97万元（…公务用车运行维护费14.85万元），上年为21.40万元: the 17.97).
   */
  private static Figure outsideItsAside(List<Figure> fs, int k, String text, Figure base) {
    Figure f = fs.get(k);
    if (!Sentences.inParentheses(text, f) || Sentences.inParentheses(text, base)) {
      return f;
    }
    for (int j = k - 1; j >= 0 && Sentences.together(text, fs.get(j), base); j--) {
      if (!Sentences.inParentheses(text, fs.get(j))) {
        return fs.get(j);
      }
    }
    return f;
  }

  /**
   * A move from one amount to another, then its rate or change: "门诊诊疗人次由2023年的128.60万人次增至2024年的
   * 139.66万人次，同比增长8.60%". The amount moved from is the base.
   */
  private static void fromTo(List<Figure> fs, String text, List<StatedBase> out) {
    for (int i = 1; i + 1 < fs.size(); i++) {
      Figure base = fs.get(i - 1);
      Figure amount = fs.get(i);
      Figure next = fs.get(i + 1);
      if (!measured(base) || !measured(amount) || !Figures.sameMeasure(base, amount) || !Sentences.together(text, base, amount)
          || !Sentences.together(text, amount, next) || !FROM.matcher(clauseBefore(text, base)).find()) {
        continue;
      }
      var to = TO.matcher(between(text, base, amount));
      var words = RATE_WORDS.matcher(clauseBefore(text, next));
      // then its rate or its change, each named by its words (，增加2,080平方米; not the next move's 人均…由1.86平方米提高到…)
      if (to.matches() && words.matches() && up(words.group(1)) == up(to.group(1))) {
        comparedAfter(fs, i, text, amount, base, up(to.group(1))).ifPresent(out::add);
      }
    }
  }

  /**
   * The amount, its rate of change, then the base in parentheses: "住院人次5.82万人次，同比增长3.93%（上年5.60万人次）".
   */
  private static void baseAfterTheRate(List<Figure> fs, String text, List<StatedBase> out) {
    for (int i = 2; i < fs.size(); i++) {
      Figure amount = fs.get(i - 2);
      Figure rate = fs.get(i - 1);
      Figure base = fs.get(i);
      if (!measured(amount) || !measured(base) || !Figures.sameMeasure(amount, base) || !Figure.PERCENT.equals(rate.kind())
          || rate.op() != null || !Sentences.together(text, amount, base) || !BASE_AFTER.matcher(between(text, rate, base)).matches()
          || CHANGE_STATED.matcher(clauseBefore(text, amount)).find()) {
        continue; // a change first (较上年减少36件，下降41.86%（上年86件）) is ChangeRateRule's, over the base
      }
      // the rate right after the amount, in the clause after it (5.82万人次，同比增长3.93%)
      var words = RATE_WORDS.matcher(between(text, amount, rate).replaceFirst("^[,，]", ""));
      if (words.matches()) {
        out.add(new StatedBase(amount, base, null, rate, up(words.group(1))));
      }
    }
  }

  /**
   * The comparison of the amount with the base, by what follows the figure at i, after the direction's words: its rate
   * (下降13.60%), or the change (减少1.36万元) with its rate when one follows in the same direction.
   */
  private static Optional<StatedBase> comparedAfter(List<Figure> fs, int i, String text, Figure amount, Figure base, boolean up) {
    Figure next = fs.get(i + 1);
    if (Figure.PERCENT.equals(next.kind())) {
      return next.op() == null ? Optional.of(new StatedBase(amount, base, null, next, up)) : Optional.empty();
    }
    if (!measured(next) || !Figures.sameMeasure(base, next)) {
      return Optional.empty();
    }
    Figure rate = i + 2 < fs.size() ? fs.get(i + 2) : null;
    if (rate != null) {
      var words = RATE_WORDS.matcher(clauseBefore(text, rate));
      boolean ofThisChange = Figure.PERCENT.equals(rate.kind()) && rate.op() == null && Sentences.together(text, next, rate)
          && words.matches() && up(words.group(1)) == up;
      rate = ofThisChange ? rate : null;
    }
    return Optional.of(new StatedBase(amount, base, next, rate, up));
  }

  /**
   * Whether the second figure's label names a later year than the first's and the same thing or nothing more
   * (2023年机关运行经费支出, then 2024年支出 or 2024年机关运行经费支出).
   */
  private static boolean laterYearOfTheSame(Figure earlier, Figure later) {
    String first = SpendingLabels.label(earlier);
    String second = SpendingLabels.label(later);
    if (!startsWithAYear(first) || !startsWithAYear(second)) {
      return false; // (most labels open otherwise: no matcher for them)
    }
    var a = YEAR_FIRST.matcher(first);
    var b = YEAR_FIRST.matcher(second);
    if (!a.matches() || !b.matches() || Integer.parseInt(b.group(1)) <= Integer.parseInt(a.group(1))) {
      return false;
    }
    return a.group(2).endsWith(b.group(2));
  }

  /** Whether a label is a target's words alone (目标, 调整后任务数): {@link #BARE_TARGET}. */
  static boolean bareTarget(String label) {
    return label.length() <= BARE_TARGET_LONGEST && (label.contains("目标") || label.contains("计划") || label.contains("任务"))
        && BARE_TARGET.matcher(label).matches();
  }

  private static boolean startsWithAYear(String label) {
    return label.startsWith("19") || label.startsWith("20");
  }

  /** Whether a change's word goes up (增加, 提高, 超支), not down (减少, 节约). */
  static boolean up(String word) {
    return UP.contains(word);
  }


  /** An amount or a count of things, as stated (not a target's bound). */
  private static boolean measured(Figure f) {
    return (Figures.isMoney(f) || Figure.COUNT.equals(f.kind())) && f.op() == null;
  }

  /** The text between two figures, blanks aside. */
  private static String between(String text, Figure a, Figure b) {
    int from = a.evidence().end();
    int to = b.evidence().start();
    return from <= to ? Sentences.withoutBlanks(text, from, to) : "";
  }

  /** The words before a figure back to its clause's start, blanks aside. */
  private static String clauseBefore(String text, Figure f) {
    int start = f.evidence().start();
    int from = start;
    while (from > 0 && start - from < 24 && "，,。；;：:、".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return Sentences.withoutBlanks(text, from, start);
  }
}
