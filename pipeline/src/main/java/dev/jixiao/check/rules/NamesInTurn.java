package dev.jixiao.check.rules;

import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shares given in turn to amounts the share names, not lists, before them (中央、省级、县级资金支出分别占总支出的46.97%、17.62%、35.41%;
 * 人员经费、公用经费和项目支出分别占支出合计的56.82%、13.27%和29.91%): each name's amount, stated before under that name, over the whole the
 * shares name. Names that share their last one's words (中央、省级 before 县级资金支出) are read with them: 中央资金支出. The amounts may
 * stand sentences before, among other figures, so that {@link SharePairsRule}'s pairing in turn cannot see them.
 */
final class NamesInTurn {
  /** The names, then 分别占 and the whole: 中央、省级、县级资金支出分别占总支出的. */
  private static final Pattern NAMES = Pattern.compile("^(\\p{IsHan}{2,12}(?:[、和及与]\\p{IsHan}{2,12}){1,5})分别(?:所)?占(\\p{IsHan}{2,16}?)的?(?:比|比重|比例)?(?:为|是)?$");
  private static final String FUNDS = "资金";
  private static final Pattern JOINS = Pattern.compile("[、和及与]");
  private static final Pattern JOINED = Pattern.compile("^\\s*[、和及与]\\s*$");

  private NamesInTurn() {}

  /** Every such list of shares in the report, with the whole they name and each name's amount. */
  static List<NamedShareRule.Turn> in(List<Figure> fs, String text) {
    List<NamedShareRule.Turn> out = new ArrayList<>();
    for (int i = 0; text != null && i < fs.size(); i++) {
      Figure first = fs.get(i);
      Matcher m = Figure.PERCENT.equals(first.kind()) && first.op() == null && first.label() != null && first.label().contains("分别")
          ? NAMES.matcher(first.label().strip()) : null;
      if (m == null || !m.matches() || !m.group(1).contains("、") && m.group(1).indexOf('和') < 0) {
        continue;
      }
      Figure whole = AmountNames.wholeNamedAs(fs, i, m.group(2), text);
      List<Figure> shares = sharesFrom(fs, i, text);
      List<Figure> amounts = amountsNamed(fs, i, JOINS.split(m.group(1)));
      if (whole == null || amounts == null || amounts.size() != shares.size() || amounts.contains(whole)) {
        continue;
      }
      List<SharePairsRule.Pair> pairs = new ArrayList<>();
      for (int k = 0; k < shares.size(); k++) {
        pairs.add(new SharePairsRule.Pair(shares.get(k), amounts.get(k), false, first));
      }
      if (NamedShareRule.mostHold(pairs, whole)) {
        out.add(new NamedShareRule.Turn(whole, m.group(2), pairs));
      }
    }
    return out;
  }

  /** The share at i and those right after it joined by 、 和 及 与. */
  private static List<Figure> sharesFrom(List<Figure> fs, int i, String text) {
    List<Figure> shares = new ArrayList<>(List.of(fs.get(i)));
    for (int k = i + 1; k < fs.size() && Figure.PERCENT.equals(fs.get(k).kind()) && fs.get(k).op() == null
        && JOINED.matcher(Sentences.between(text, fs.get(k - 1), fs.get(k))).matches(); k++) {
      shares.add(fs.get(k));
    }
    return shares;
  }

  /**
   * Each name's amount stated before the figure at i, a name shorter than the last read with the last one's closing words
   * (中央 with 资金支出 of 县级资金支出), a name of funds with the word for them (上年结转资金 for 上年结转); null when one is not found, or
   * two names find the same amount.
   */
  private static List<Figure> amountsNamed(List<Figure> fs, int i, String[] names) {
    String last = names[names.length - 1];
    List<Figure> amounts = new ArrayList<>();
    for (String name : names) {
      Figure f = AmountNames.statedBefore(fs, i, name);
      if (f == null && name.length() < last.length()) {
        f = AmountNames.statedBefore(fs, i, name + last.substring(name.length()));
      }
      f = f != null || name.endsWith(FUNDS) ? f : AmountNames.statedBefore(fs, i, name + FUNDS);
      if (f == null || amounts.contains(f)) {
        return null;
      }
      amounts.add(f);
    }
    return amounts;
  }
}
