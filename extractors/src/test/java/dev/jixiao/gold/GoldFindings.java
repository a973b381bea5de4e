package dev.jixiao.gold;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a record's findings with a gold record's, by the two rules of the gold README: every
 * gold finding must be produced (same rule and severity, about the same subject, with the stated
 * and expected numbers), and no other error or warning may be raised — except where the gold's
 * {@code mayFlag} allows that rule (then at most a warning). Info notes are always allowed.
 */
public final class GoldFindings {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final Pattern RULE_PREFIX = Pattern.compile("^([a-z]+\\.[a-z]+|restated|balance|product)\\b");

  /** Per file: the gold findings missed, and the record's findings no gold entry explains. */
  public record Result(int expected, int found, List<String> missed, List<String> unexpected) {
    public boolean ok() {
      return missed.isEmpty() && unexpected.isEmpty();
    }
  }

  private GoldFindings() {}

  public static Result compare(JsonNode gold, JsonNode recordFindings) {
    List<JsonNode> rec = new ArrayList<>();
    recordFindings.forEach(rec::add);
    List<JsonNode> explained = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    int found = 0;
    for (JsonNode g : gold.get("findings")) {
      JsonNode hit = rec.stream().filter(f -> matches(g, f)).findFirst().orElse(null);
      if (hit == null) {
        missed.add(g.get("rule").asText() + " " + g.get("severity").asText() + " " + text(g, "subject") + " " + text(g, "stated") + " → "
            + text(g, "expected"));
      } else {
        found++;
        explained.add(hit);
      }
    }
    List<String> allowedRules = new ArrayList<>();
    for (JsonNode m : gold.path("mayFlag")) {
      Matcher r = RULE_PREFIX.matcher(m.asText());
      if (r.find()) {
        allowedRules.add(r.group(1));
      }
    }
    List<String> unexpected = new ArrayList<>();
    for (JsonNode f : rec) {
      String severity = f.get("severity").asText();
      if (severity.equals("info") || explained.contains(f)
          || severity.equals("warning") && allowedRules.contains(f.get("rule").asText())) {
        continue;
      }
      unexpected.add(f.get("rule").asText() + " " + severity + ": " + f.get("message").asText());
    }
    return new Result(gold.get("findings").size(), found, missed, unexpected);
  }

  static boolean matches(JsonNode g, JsonNode f) {
    if (!g.get("rule").asText().equals(f.get("rule").asText()) || !g.get("severity").asText().equals(f.get("severity").asText())) {
      return false;
    }
    String blob = norm(text(f, "subject") + text(f, "message"));
    String subject = norm(text(g, "subject"));
    boolean aboutIt = blob.contains(subject.substring(0, Math.min(6, subject.length())))
        || subject.contains(norm(text(f, "subject"))) && norm(text(f, "subject")).length() >= 2;
    if (!aboutIt) {
      return false;
    }
    if (g.get("rule").asText().equals("project.duplicate")) {
      return true;
    }
    if (!containsNumber(text(f, "stated"), first(text(g, "stated")))) {
      return false;
    }
    List<String> expected = new ArrayList<>(List.of(text(g, "expected")));
    g.path("alsoAcceptExpected").forEach(x -> expected.add(x.asText()));
    return expected.stream().anyMatch(e -> containsNumber(text(f, "expected"), first(e)));
  }

  private static boolean containsNumber(String haystack, String number) {
    if (number == null) {
      return true;
    }
    Matcher m = NUMBER.matcher(haystack.replace(",", ""));
    while (m.find()) {
      if (m.group().equals(number) || new java.math.BigDecimal(m.group()).compareTo(new java.math.BigDecimal(number)) == 0) {
        return true;
      }
    }
    return false;
  }

  private static String first(String s) {
    Matcher m = NUMBER.matcher(s.replace(",", ""));
    return m.find() ? m.group() : null;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static String norm(String s) {
    return s.replaceAll("[\\s\"“”()（）]", "");
  }
}
