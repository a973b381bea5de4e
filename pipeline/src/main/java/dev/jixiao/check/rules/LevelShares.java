package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shares each level of government holds of a budget after its adjustment, where the words name the adjusted budget as the
 * whole and the level as the part: "调整后预算为二千三百八十六万元（2,386.00万元）。调整后，省级资金占25.15%，市级资金占8.38%，县级资金
 * 1,586.00万元、占66.47%"; "调整后预算825.80万元，其中中央资金占43.59%"; "调整后各级资金占比：中央64.10%、省级19.23%"; "调整后中央、
 * 省级、市级、县级资金分别占50.00%、25.00%、10.00%、15.00%". The whole is the adjusted budget stated last before the share on its
 * line; the share's sentence opens with 调整后, or holds that budget before the share. The level's amount is the one stated
 * right before the share, or else the one last named for the level on the line, provided the adjustment left it as stated: an
 * addition or a cut between that names the level, or names none, leaves the amount after it unknown (省林业局追加下达…20.00万元 after
 * 省级…150.00万元), unless the level's amount is restated after it (省级资金调整为一百七十万元).
 *
 * @param share the stated share
 * @param part the level's amount
 * @param whole the adjusted budget
 */
record LevelShares(Figure share, Figure part, Figure whole) {
  /** A level of government as a report names its funds: 中央, 省级, 县级; or by its government (省财政厅, 县人民政府). */
  private static final Pattern LEVEL =
      Pattern.compile("中央|(?<![城全各本])([省市县区镇乡])(?:级|财政|人民政府|政府|\\p{IsHan}{0,5}?(?:委|厅|局))");
  /** A level's share named by its funds alone (其中中央资金占, 省级资金占预算总额的, 县级配套资金占比为): the whole left to the words before. */
  private static final Pattern LEVEL_SHARE = Pattern.compile(
      "^(?:其中)?" + Levels.LEVEL + "(?:财政)?(?:补助|配套|专项|自筹)?(?:资金)?(?:占(?:调整后预算|预算总额|总预算)?的?(?:比例|比重)?|占比)(?:为|是)?$");
  /** A level named alone in a list of shares after 占比 (调整后各级资金占比：中央64.10%、省级19.23%). */
  private static final Pattern LEVEL_ALONE = Pattern.compile("^" + Levels.LEVEL + "(?:资金)?$");
  /** Levels named together, then their shares in turn (中央、省级、县级资金分别占). */
  private static final Pattern LEVELS_IN_TURN = Pattern.compile(
      "^(?:调整后)?((?:" + Levels.LEVEL + "[、和及与]?)+)(?:资金|财政资金)?分别占(?:比)?(?:为)?$");
  /** One level's word in a list of levels (中央、省级、县级). */
  private static final Pattern LEVEL_WORD = Pattern.compile(Levels.LEVEL);
  private static final Pattern JOINED = Pattern.compile("^\\s*[、和及与]\\s*$");
  /**
   * The adjusted budget's words: 调整后预算为, 项目预算调整为, 调整后全年预算, 调整后; not a fund's (专项债券资金调整为) nor a change's
   * (调整后预算较年初增加).
   */
  private static final Pattern ADJUSTED = Pattern.compile("^\\p{IsHan}{0,8}?(?:调整后\\p{IsHan}{0,4}?预算|预算调整为)(?:为|是)?$|^调整后(?:的)?$");
  /** An addition or a cut of the year (追加县级资金, 调减县级配套): the amount of the level it names is changed after it. */
  private static final Pattern CHANGE = Pattern.compile("追加|调增|调减|追减|核减|压减|增加|减少|下达");
  /** A level's amount after the change (县级资金调整为, 县级资金相应增加至, 调整后县级配套): what it stands at. */
  private static final Pattern CHANGED_TO = Pattern.compile("调整为|调整后|至$|到$");
  /** An amount that is no level's budget: what was spent or left, or one of several things' (分别, 各, 和). */
  private static final Pattern NOT_A_BUDGET = Pattern.compile("支出|结余|结转|兑付|分别|各|[和与及]");
  /** An average (户均, 每村): of the level's amount, not it, and passed going back to it. */
  private static final Pattern AVERAGE = Pattern.compile("每|\\p{IsHan}均");
  /** What closes a figure's name going back: a clause's or a list's mark. */
  private static final String NAME_ENDS = ",，;；。:：、\n";

  /** Every such share of the figures, with its level's amount and the adjusted budget. */
  static List<LevelShares> in(List<Figure> fs, String text) {
    List<LevelShares> out = new ArrayList<>();
    for (int i = 1; text != null && i < fs.size(); i++) {
      Figure share = fs.get(i);
      if (!Figure.PERCENT.equals(share.kind()) || share.op() != null) {
        continue;
      }
      String words = nameBefore(text, share, fs.get(i - 1));
      // (a word of a level, or the share's own, must stand before it: most percentages have neither, and are left at once)
      if (words.indexOf('占') < 0 && !LEVEL_ALONE.matcher(words).matches()) {
        continue;
      }
      Figure whole = adjustedBefore(fs, i, text);
      if (whole == null || !ofTheAdjusted(text, whole, share)) {
        continue;
      }
      Matcher inTurn = LEVELS_IN_TURN.matcher(words.contains("分别占") ? Sentences.clauseWords(text, share) : "");
      if (inTurn.matches()) {
        inTurn(fs, i, text, inTurn.group(1), whole, out);
        continue;
      }
      Figure part = amountRightBefore(fs, i, text);
      if (part == null) {
        Matcher level = LEVEL_SHARE.matcher(words);
        Matcher alone = LEVEL_ALONE.matcher(words);
        String named = level.matches() ? level.group(1) : alone.matches() && listedAfterItsWords(text, share) ? alone.group(1) : null;
        part = named == null ? null : levelsAmount(fs, i, text, level(named), whole);
      }
      if (part != null) {
        out.add(new LevelShares(share, part, whole));
      }
    }
    return out;
  }

  /** The shares given in turn to the levels named before them (中央、省级、县级资金分别占41.27%、26.98%、31.75%), one level each. */
  private static void inTurn(List<Figure> fs, int i, String text, String levels, Figure whole, List<LevelShares> out) {
    List<String> named = new ArrayList<>();
    Matcher m = LEVEL_WORD.matcher(levels);
    while (m.find()) {
      named.add(level(m.group()));
    }
    List<Figure> shares = new ArrayList<>(List.of(fs.get(i)));
    for (int k = i + 1; k < fs.size() && shares.size() < named.size() && Figure.PERCENT.equals(fs.get(k).kind())
        && fs.get(k).op() == null && JOINED.matcher(Sentences.between(text, fs.get(k - 1), fs.get(k))).matches(); k++) {
      shares.add(fs.get(k));
    }
    if (shares.size() != named.size()) {
      return;
    }
    for (int j = 0; j < shares.size(); j++) {
      Figure part = levelsAmount(fs, i, text, named.get(j), whole);
      if (part != null) {
        out.add(new LevelShares(shares.get(j), part, whole));
      }
    }
  }

  /**
   * The adjusted budget nearest before the share on its line: an amount whose name says it is after the adjustment and names no
   * level (调整后预算为, 项目预算调整为; not 县级资金调整为); the figures restating it in brackets after it (（2,386.00万元）) are it.
   */
  private static Figure adjustedBefore(List<Figure> fs, int i, String text) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, fs.get(i).evidence().start() - 1)) + 1;
    for (int k = i - 1; k >= 0 && fs.get(k).evidence().start() >= lineStart; k--) {
      Figure f = fs.get(k);
      if (!Figures.isMoney(f) || f.op() != null) {
        continue;
      }
      String name = nameBefore(text, f, k > 0 ? fs.get(k - 1) : null);
      if (k > 0 && name.matches("^[（(]$") && UnitRestatedRule.restates(text, fs.get(k - 1), f)) {
        name = nameBefore(text, fs.get(k - 1), k > 1 ? fs.get(k - 2) : null);
      }
      if (ADJUSTED.matcher(name).matches() && levels(name).isEmpty()) {
        return f;
      }
    }
    return null;
  }

  /** Whether the words say the share is of the adjusted budget: its sentence opens with 调整后, or holds that budget before it. */
  private static boolean ofTheAdjusted(String text, Figure whole, Figure share) {
    int start = Sentences.start(text, share.evidence().start());
    String opening = Sentences.withoutBlanks(text, start, Math.min(share.evidence().start(), start + 8));
    return opening.startsWith("调整后") || opening.startsWith("按调整后") || Sentences.together(text, whole, share);
  }

  /** Whether a level named alone stands in a list after the words of shares (各级资金占比：中央64.10%、省级19.23%). */
  private static boolean listedAfterItsWords(String text, Figure share) {
    int start = Sentences.start(text, share.evidence().start());
    String before = text.substring(start, share.evidence().start());
    int colon = Math.max(before.lastIndexOf('：'), before.lastIndexOf(':'));
    return colon > 0 && before.substring(0, colon).contains("占比");
  }

  /** The amount right before the share in its clause (县级资金1,586.00万元、占66.47%) when its name is a level's alone; else null. */
  private static Figure amountRightBefore(List<Figure> fs, int i, String text) {
    Figure f = fs.get(i - 1);
    String between = Sentences.wordsBetween(text, f, fs.get(i));
    if (!Figures.isMoney(f) || f.op() != null || f.partOf() != null || !between.matches("^[，,、]?占(?:比)?(?:为)?$")) {
      return null; // (a part of a stated total is breakdown.share's)
    }
    String name = nameBefore(text, f, i > 1 ? fs.get(i - 2) : null);
    return levels(name).size() == 1 && !CHANGE.matcher(name).find() && !NOT_A_BUDGET.matcher(name).find()
        && !AVERAGE.matcher(name).find() ? f : null;
  }

  /**
   * The amount last named for the level before the share on its line, where no addition or cut between may have changed it; or
   * null. Going back from the share: a change naming other levels alone is passed, one naming this level or none ends the search
   * with nothing, unless the level's amount after it was found first.
   */
  private static Figure levelsAmount(List<Figure> fs, int i, String text, String level, Figure whole) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, fs.get(i).evidence().start() - 1)) + 1;
    for (int k = i - 1; k >= 0 && fs.get(k).evidence().start() >= lineStart; k--) {
      Figure f = fs.get(k);
      if (!Figures.isMoney(f) || f.op() != null || f == whole) {
        continue;
      }
      String name = nameBefore(text, f, k > 0 ? fs.get(k - 1) : null);
      Set<String> levels = levels(name);
      boolean changedTo = CHANGED_TO.matcher(name).find();
      if (CHANGE.matcher(name).find() && !changedTo) {
        if (levels.isEmpty() || levels.contains(level)) {
          return null;
        }
        continue;
      }
      if (!levels.contains(level) || AVERAGE.matcher(name).find()) {
        continue;
      }
      if (levels.size() > 1 || NOT_A_BUDGET.matcher(name).find()) {
        return null;
      }
      // the amount restated right after it in figures (一百七十万元（170.00万元）) is the same, known to the 分
      return k + 1 < i && UnitRestatedRule.restates(text, f, fs.get(k + 1)) ? fs.get(k + 1) : f;
    }
    return null;
  }

  /**
   * The words naming a figure: back from it to the last mark of a clause or a list, or to the figure before (其中：省级林业改革发展资金
   * （自然保护地补助）for 150.00万元), blanks left out.
   */
  private static String nameBefore(String text, Figure f, Figure before) {
    int end = f.evidence().start();
    int stop = before == null ? 0 : Math.min(end, before.evidence().end());
    int start = end;
    while (start > stop && NAME_ENDS.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    return Sentences.withoutBlanks(text, start, end);
  }

  /** The levels a name names, each by its one character (中央 as 中). */
  private static Set<String> levels(String name) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = LEVEL.matcher(name);
    while (m.find()) {
      out.add(m.group(1) == null ? "中" : m.group(1));
    }
    return out;
  }

  /** A level's one character: 中 for 中央, 省 for 省级. */
  private static String level(String named) {
    return named.startsWith("中央") ? "中" : named.substring(0, 1);
  }
}
