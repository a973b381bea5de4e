package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.leftOver;
import static dev.jixiao.extract.breakdown.Gaps.between;

import dev.jixiao.record.Figure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Undoes links whose parts do not add up to their total by what they are: a budget and what the year added to it and cut from
 * it (当年预算中，年初预算13,965.20万元，追加1,128.60万元，调减206.20万元), which the total nets, a cut taken from it; and what was
 * spent of a fund beside what is left of it (累计支出649.54万元。其中：公益岗位工资427.20万元，…；结余32.30万元), which add up to the
 * fund, not to the spending, nor beside the budget it is left of; and a sum of its own alone after an amount (本体修缮支出213.34万元 … 修缮、安防、保养三类合计315.85万元).
 * Nor is the amount before said again in another unit (其中“三公”经费6.84万元，即68,400.00元，其他公用经费150.47万元) a part
 * beside it, nor a part of it in parentheses (县级财政配套一百二十五万元（125.00万元）).
 */
final class PartsNotAdded {
  /** What the year cut from an amount: 调减, 压减, 核减, at the end of the cut's label. */
  private static final Pattern CUT = Pattern.compile("(?:调减|压减|核减)(?:预算|资金)?$|^(?:[一二三四五六七八九十]{1,2}是)?(?:调减|压减|核减)");
  /** A sum of its own (修缮、安防、保养三类合计): no part of another amount, though it is the only one after it. */
  private static final Pattern SUM = Pattern.compile("合计|共计|总计");
  /** A label opening with a sum's word (共实施子项目, 合计投入): a whole of its own. */
  private static final Pattern OPENS_A_SUM = Pattern.compile("^(?:共|合计|共计|总计)");
  /** A budget, which what is left of it is no further part beside. */
  private static final Pattern BUDGET = Pattern.compile("预算(?:资金)?$");
  /** What was spent: 支出 in the total's label, not what was left of it. */
  private static final Pattern SPENT = Pattern.compile("支出");

  /** The words that say the amount before again, named alone: 即, 折合. */
  private static final Pattern SAID_AGAIN = Pattern.compile("^(?:即|亦即|也即|折合|约合)$");
  /** An opening parenthesis alone between two amounts, or with the words that say the first again (（即, （约). */
  private static final Pattern OPENS = Pattern.compile("\\s*[(（]\\s*(?:即|约|合|折合|约合)?\\s*");

  private PartsNotAdded() {}

  static void unlink(String text, List<Figure> figures, String[] partOf, Boolean[] closed) {
    for (int i = 1; i < figures.size(); i++) {
      Figure again = figures.get(i);
      Figure before = figures.get(i - 1);
      boolean besideIt = partOf[i] != null && partOf[i].equals(partOf[i - 1]) && labelled(again, SAID_AGAIN);
      // or as its only part, in parentheses right after it (县级财政配套一百二十五万元（125.00万元）)
      boolean inParentheses = ("f" + i).equals(partOf[i]) && OPENS.matcher(between(text, before, again)).matches();
      // (by its words alone beside it: a wrong digit in either keeps it the part said again, not a part more)
      if (besideIt || inParentheses && sameAmount(again, before)) {
        partOf[i] = null;
        if (inParentheses && !LinkedParts.hasParts(partOf, i - 1)) {
          closed[i - 1] = null;
        }
      }
    }
    LinkedParts.byTotal(partOf).forEach((total, linked) -> {
      Figure whole = figures.get(total);
      // the parts summed up at the end of their list (…精神发育迟滞伴发精神障碍116名，六类合计1286名): that sum is none of them
      int last = linked.get(linked.size() - 1);
      List<Integer> others = linked.subList(0, linked.size() - 1);
      boolean summedUp = linked.size() >= 3 && labelled(figures.get(last), SUM) && addUpTo(figures, others, figures.get(last));
      // a sum of something else after the list (其中勐朗镇5个村、南腊乡4个村、糯扎乡3个村，共实施子项目27个), the others adding up to the
      // whole without it
      boolean anotherSum = !summedUp && linked.size() >= 3 && labelled(figures.get(last), OPENS_A_SUM) && addUpTo(figures, others, whole);
      if (summedUp || anotherSum) {
        partOf[last] = null;
      }
      List<Integer> parts = summedUp || anotherSum ? others : linked;
      // a cut among the parts of a total that is no cut itself (调减96.80万元，其中调减基本支出… adds up)
      boolean netted = parts.stream().anyMatch(k -> labelled(figures.get(k), CUT)) && !labelled(whole, CUT);
      boolean left = parts.stream().anyMatch(k -> leftOver(figures.get(k)));
      // (or beside the budget it is left of: 灭火系统改造153,600.00元（追加预算15.80万元，结余0.44万元）)
      boolean spentAndLeft = left && (labelled(whole, SPENT) || parts.stream().anyMatch(k -> labelled(figures.get(k), BUDGET)));
      // (on a line of its own: a sum picked out of the total in its sentence, 其中…两个项目合计59.30万元, is a part)
      boolean aSumAlone = parts.size() == 1 && labelled(figures.get(parts.get(0)), SUM)
          && text.substring(whole.evidence().end(), figures.get(parts.get(0)).evidence().start()).indexOf('\n') >= 0;
      if (netted || spentAndLeft || aSumAlone) {
        LinkedParts.unlink(total, parts, partOf, closed);
      }
    });
  }

  /** Whether the parts add up to the whole exactly, all in its unit (the last of a list may be what the others add up to). */
  private static boolean addUpTo(List<Figure> figures, List<Integer> parts, Figure whole) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int k : parts) {
      Figure f = figures.get(k);
      if (!Objects.equals(f.unit(), whole.unit()) || f.value() == null) {
        return false;
      }
      sum = sum.add(f.value());
    }
    return whole.value() != null && sum.compareTo(whole.value()) == 0;
  }

  /** Whether an amount is the amount before it, as its own digits round it (68,400.00元 after 6.84万元). */
  private static boolean sameAmount(Figure again, Figure before) {
    if (!Figure.MONEY.equals(again.kind()) || !Figure.MONEY.equals(before.kind()) || again.yuan() == null || before.yuan() == null
        || again.value() == null || again.value().signum() == 0) {
      return false;
    }
    BigDecimal yuanPerUnit = again.yuan().divide(again.value(), MathContext.DECIMAL64);
    BigDecimal beforeInItsUnit = before.yuan().divide(yuanPerUnit, MathContext.DECIMAL64);
    return beforeInItsUnit.setScale(Math.max(0, again.value().scale()), RoundingMode.HALF_UP).compareTo(again.value()) == 0;
  }

  private static boolean labelled(Figure f, Pattern words) {
    return f.label() != null && words.matcher(f.label().strip()).find();
  }
}
