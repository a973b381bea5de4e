package dev.jixiao.check.rules;

import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An amount followed right away by an aside that says what it came to, a count and a price per unit and nothing else of money, for
 * {@link ProductRule} (送教上门专项经费10.08万元（每人每年2,400元，共42人）; 日光温室补贴624.00万元（416亩×每亩1.5万元）; 运行经费96,000元（12个
 * 工作站，每站8,000元）): the amount is their product. Not an aside that picks out parts (（其中…）), nor one with amounts of its own (（其中垃圾车
 * 2辆，每辆18.50万元，计37.00万元；…）), nor a product written out to its result (=), which {@link WrittenProducts} reads.
 */
final class AsideProduct {
  /** A rate's words: per unit (每), per head (人均), a unit price (单价). */
  private static final Pattern PER = Pattern.compile("每|人均|户均|亩均|单价");
  /** Words of an aside that is no account of the amount before it: parts (其中), what is left out or in (不含), a comparison. */
  private static final Pattern NO_ACCOUNT = Pattern.compile("其中|含|包括|比|较|=|＝");

  private AsideProduct() {}

  /** Each amount with the count and the rate its aside gives, as {total, count, rate}. */
  static List<Figure[]> products(List<Figure> fs, String text) {
    List<Figure[]> out = new ArrayList<>();
    for (int i = 0; i + 2 < fs.size(); i++) {
      Figure total = fs.get(i);
      if (!Figure.MONEY.equals(total.kind()) || total.op() != null || total.label() == null || PER.matcher(total.label()).find()) {
        continue;
      }
      int open = total.evidence().end();
      while (open < text.length() && text.charAt(open) == ' ') {
        open++;
      }
      if (open >= text.length() || "（(".indexOf(text.charAt(open)) < 0) {
        continue;
      }
      int close = Sentences.closingOf(text, open);
      if (close < 0 || NO_ACCOUNT.matcher(text.substring(open + 1, close)).find()) {
        continue;
      }
      Figure count = null;
      Figure rate = null;
      boolean other = false;
      for (int k = i + 1; k < fs.size() && fs.get(k).evidence().start() < close; k++) {
        Figure f = fs.get(k);
        if (Figure.PERCENT.equals(f.kind())) {
          continue;
        }
        if (Figure.COUNT.equals(f.kind()) && count == null && f.op() == null) {
          count = f;
        } else if (Figure.MONEY.equals(f.kind()) && rate == null && f.op() == null && f.label() != null && PER.matcher(f.label()).find()) {
          rate = f;
        } else {
          other = true;
        }
      }
      if (count != null && rate != null && !other) {
        out.add(new Figure[] {total, count, rate});
      }
    }
    return out;
  }
}
