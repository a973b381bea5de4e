package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Rule;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Finding;

/**
 * The finding of a figure stated otherwise than the others reckon it, in the words balance and
 * audit.reduction share: "审减金额写作15.84万元，但送审312.40万元减审定298.56万元为13.84万元。"
 */
final class Reckoned {
  private Reckoned() {}

  static Finding finding(Rule rule, String subject, String stated, String expected, String zhHow, String enHow, Evidence... ev) {
    return FindingBuilder.of(rule)
        .subject(subject)
        .message(subject + "写作" + stated + "，但" + zhHow + "为" + expected + "。",
            subject + " is stated as " + stated + ", but " + enHow + " gives " + expected + ".")
        .stated(stated)
        .expected(expected)
        .evidence(ev)
        .build();
  }
}
