package dev.jixiao.gold;

/**
 * Loose label matching for figures, as the gold README asks ("the record's label contains the
 * gold label's core term"). A gold label is split at spaces and brackets; its longest part is
 * the core term and must be found in what the record says of the figure (its context and label):
 * contained in it, containing it, or sharing a run of at least four characters with it (all of
 * the core when shorter). Other parts of four or more characters must be found too; shorter
 * ones (人次, 实有) are the annotator's remarks on the unit and are not required.
 */
final class Labels {
  private Labels() {}

  static boolean loose(String gold, String context, String label) {
    String r = norm((context == null ? "" : context) + " " + (label == null ? "" : label));
    String[] parts = gold.replaceAll("（[^）]*）|\\([^)]*\\)", " ").trim().split("\\s+");
    String core = "";
    for (String p : parts) {
      if (norm(p).length() > core.length()) {
        core = norm(p);
      }
    }
    for (String part : parts) {
      String g = norm(part);
      if (g.isEmpty() || !g.equals(core) && g.length() < 4) {
        continue;
      }
      String l = norm(label == null ? "" : label);
      boolean ok = r.contains(g) || (l.length() >= 2 && g.contains(l)) || commonRun(g, r) >= Math.min(4, g.length());
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String norm(String s) {
    return s.replaceAll("[\\s\"“”]", "");
  }
  private static int commonRun(String a, String b) {
    int best = 0;
    int[] prev = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      for (int j = 1; j <= b.length(); j++) {
        if (a.charAt(i - 1) == b.charAt(j - 1)) {
          cur[j] = prev[j - 1] + 1;
          best = Math.max(best, cur[j]);
        }
      }
      prev = cur;
    }
    return best;
  }
}
