package dev.jixiao.index.search;

/** A query that cannot be read; the message says what is wrong, for the user. */
public final class QuerySyntaxException extends IllegalArgumentException {
  public QuerySyntaxException(String message) {
    super(message);
  }
}
