package dev.jixiao.check;

import java.util.List;

/** Every cross-check rule, in the order they run. (The rules arrive with the cross-check issue.) */
public final class RuleCatalog {
  private RuleCatalog() {}

  public static RuleCatalog standard() {
    return new RuleCatalog();
  }

  public Checker checker() {
    return report -> List.of();
  }
}
