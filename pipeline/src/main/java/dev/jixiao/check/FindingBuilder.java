package dev.jixiao.check;

import dev.jixiao.record.Evidence;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds a rule's finding: id and default severity from the rule's {@link RuleInfo}. */
public final class FindingBuilder {
  private final RuleInfo info;
  private Severity severity;
  private String subject;
  private String zh;
  private String en;
  private String stated;
  private String expected;
  private final List<Evidence> evidence = new ArrayList<>();

  private FindingBuilder(RuleInfo info) {
    this.info = info;
    this.severity = info.severity();
  }

  public static FindingBuilder of(Rule rule) {
    return new FindingBuilder(rule.info());
  }

  public FindingBuilder severity(Severity s) {
    this.severity = s;
    return this;
  }

  public FindingBuilder subject(String s) {
    this.subject = s;
    return this;
  }

  /** The message: a plain Chinese sentence for a supervisor, then the English one. */
  public FindingBuilder message(String chinese, String english) {
    this.zh = chinese;
    this.en = english;
    return this;
  }

  public FindingBuilder stated(String s) {
    this.stated = s;
    return this;
  }

  public FindingBuilder expected(String s) {
    this.expected = s;
    return this;
  }

  public FindingBuilder evidence(Evidence... es) {
    for (Evidence e : es) {
      if (e != null && !evidence.contains(e)) {
        evidence.add(e);
      }
    }
    return this;
  }

  public FindingBuilder evidence(List<Evidence> es) {
    es.stream().filter(Objects::nonNull).forEach(this::evidence);
    return this;
  }

  public Finding build() {
    return new Finding(info.id(), severity, subject, zh + " " + en, stated, expected, evidence);
  }
}
