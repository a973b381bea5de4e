package dev.jixiao.check;

import dev.jixiao.record.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a rule is, on the rule's own class (as Error Prone's @BugPattern): id, severity, and what it checks in Chinese and English. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  String id();

  Severity severity();

  String zh();

  String en();
}
