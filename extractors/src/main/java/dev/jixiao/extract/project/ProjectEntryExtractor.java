package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import java.util.List;

/**
 * Finds project entries written in one particular way. {@code taken} holds the entries earlier
 * extractors in the chain found; an extractor skips text they already cover.
 */
public interface ProjectEntryExtractor {
  List<ProjectEntry> find(DocumentView view, Taken taken);
}
