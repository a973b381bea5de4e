package dev.jixiao.extract.breakdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The links the passes have made, read by total: for the passes that undo those whose parts do not add up. */
final class LinkedParts {
  private LinkedParts() {}

  /** Each total's index with its parts' indices, in the figures' order. */
  static Map<Integer, List<Integer>> byTotal(String[] partOf) {
    Map<Integer, List<Integer>> parts = new LinkedHashMap<>();
    for (int k = 0; k < partOf.length; k++) {
      if (partOf[k] != null) {
        parts.computeIfAbsent(Integer.parseInt(partOf[k].substring(1)) - 1, x -> new ArrayList<>()).add(k);
      }
    }
    return parts;
  }

  /** Whether some figure is already linked as a part of the one at {@code total}. */
  static boolean hasParts(String[] partOf, int total) {
    String id = "f" + (total + 1);
    for (String whole : partOf) {
      if (id.equals(whole)) {
        return true;
      }
    }
    return false;
  }

  /** Undoes the total's links, leaving it open. */
  static void unlink(int total, List<Integer> parts, String[] partOf, Boolean[] closed) {
    parts.forEach(k -> partOf[k] = null);
    closed[total] = null;
  }
}
