package dev.jixiao.cli;

import dev.jixiao.record.Money;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Unit;

/** The short human-readable table {@code extract --summary} prints for one record. */
final class Summary {
  private Summary() {}

  static String of(Report r) {
    StringBuilder s = new StringBuilder();
    s.append("== ").append(r.source().file()).append("  [").append(r.status().id());
    if (r.source().format() != null) {
      s.append(", ").append(r.source().format());
    }
    s.append("]\n");
    if (!r.errors().isEmpty()) {
      r.errors().forEach(e -> s.append("   error   ").append(e.code()).append(": ").append(e.message()).append('\n'));
    }
    if (r.status() == dev.jixiao.record.Status.FAILED) {
      return s.append('\n').toString();
    }
    row(s, "title", r.title());
    row(s, "unit", unit(r.unit()));
    row(s, "year", r.fiscalYear() == null ? null : r.fiscalYear().toString());
    row(s, "kind", r.reportKind().id());
    int grouped = r.projects().stream().mapToInt(Project::groupSize).sum();
    row(s, "projects", r.projects().size() + " entries" + (grouped != r.projects().size() ? " (" + grouped + " projects)" : "")
        + (r.totals().projectCount() != null ? ", stated " + r.totals().projectCount().value() : ""));
    row(s, "budget", money(r.totals().budget()));
    row(s, "spent", money(r.totals().expenditure()));
    row(s, "rate", r.totals().executionRate() == null ? null : r.totals().executionRate().value().toPlainString() + "%");
    if (r.score() != null && r.score().total() != null) {
      row(s, "score", r.score().total().value().toPlainString() + (r.score().grade() != null ? " (" + r.score().grade() + ")" : ""));
    }
    row(s, "figures", String.valueOf(r.figures().size()));
    if (!r.findings().isEmpty()) {
      row(s, "findings", String.valueOf(r.findings().size()));
    }
    return s.append('\n').toString();
  }

  private static void row(StringBuilder s, String label, String value) {
    s.append(String.format("   %-9s %s%n", label, value == null ? "—" : value));
  }

  private static String money(Money m) {
    return m == null ? null : m.value().toPlainString() + m.unit().symbol();
  }

  private static String unit(Unit u) {
    if (u == null) {
      return null;
    }
    String place = String.join("", nn(u.province()), nn(u.city()), nn(u.county()), nn(u.township()));
    String code = u.divisionCode() != null ? " " + u.divisionCode() : "";
    String cands = u.candidates().size() > 1 ? " (" + u.candidates().size() + " candidates)" : "";
    return (u.name() != null ? u.name() + " · " : "") + place + code + cands;
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }
}
