package dev.jixiao.record;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the report evaluates. */
public enum ReportKind {
  DEPARTMENT_OVERALL, // 部门整体支出
  PROJECT, // 项目支出
  SPECIAL_FUND, // 专项资金
  UNKNOWN;

  @JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
