package dev.jixiao.extract.breakdown;

import static dev.jixiao.extract.breakdown.FigureWords.amount;

import dev.jixiao.record.Figure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Parts a part says it includes (上级转移支付资金583.02万元（其中：中央财政资金378.52万元，含基本药物制度补助229.16万元、
 * 基本公共卫生服务补助149.36万元；省级…）): the lists before have linked them to the whole the part is of, which they would count
 * twice. They are moved to the part, where they add up to it.
 */
final class IncludedParts {
  /** What opens a list of what a part includes, right after it: ，含, 包含, 包括. */
  private static final Pattern INCLUDES = Pattern.compile("^[ ]*[,，]?[ ]*(?:含|包含|包括|内含)");

  private IncludedParts() {}

  static void relink(String text, List<Figure> figures, String[] partOf, Boolean[] closed) {
    LinkedParts.byTotal(partOf).forEach((total, parts) -> {
      for (int a = 0; a + 2 < parts.size(); a++) {
        int part = parts.get(a);
        Figure included = figures.get(part);
        int first = parts.get(a + 1);
        if (!INCLUDES.matcher(text.substring(included.evidence().end(), figures.get(first).evidence().start())).find()) {
          continue;
        }
        // the parts after it, as many as add up to it
        BigDecimal sum = BigDecimal.ZERO;
        int b = a + 1;
        while (b < parts.size() && sum.compareTo(amount(included)) < 0
            && Objects.equals(figures.get(parts.get(b)).kind(), included.kind())) {
          sum = sum.add(amount(figures.get(parts.get(b))));
          b++;
        }
        if (b - a - 1 < 2 || sum.compareTo(amount(included)) != 0) {
          continue;
        }
        for (int k = a + 1; k < b; k++) {
          partOf[parts.get(k)] = "f" + (part + 1);
        }
        closed[part] = Boolean.TRUE;
        a = b - 1;
      }
    });
  }
}
