package dev.jixiao.index;

import dev.jixiao.index.search.*;
import java.nio.file.*;
import java.util.*;

/** Scratch: prints searches over the gold records. */
public final class Explore {
  public static void main(String[] a) throws Exception {
    Path dir = Files.createTempDirectory("jx-explore");
    try (IndexUpdater u = IndexUpdater.open(dir)) {
      for (var e : GoldRecords.all().entrySet()) u.put(e.getKey(), e.getValue());
      u.commit();
    }
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      for (String q : a) {
        SearchResult r = s.search(SearchRequest.of(q).withLimit(50));
        System.out.println("== " + q + "  total=" + r.total() + " sort=" + r.sort());
        for (var h : r.hits()) {
          System.out.println("  " + h.id() + " " + h.type() + " " + h.unit().township() + " " + h.year() + " " + (h.name()!=null?h.name():h.title()) + " b=" + h.budget() + " e=" + h.expenditure() + " r=" + h.rate() + (h.rateDerived()?"*":"") + " s=" + h.score() + " " + h.rules());
          for (var sn : h.snippets()) System.out.println("      " + sn.field() + "@" + sn.start() + ": " + sn.marked().replace('\n',' '));
        }
        System.out.println("  facets " + r.facets());
      }
    }
  }
}
