package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.text.Sentence;
import java.util.List;

/**
 * Reads one kind of statement from one sentence (a total, a grade distribution, a score…). No
 * I/O, no state: the same sentence always gives the same statements, and a sentence the extractor
 * does not understand gives none.
 */
public interface StatementExtractor<T> {
  List<T> extract(DocumentView view, Sentence sentence);
}
