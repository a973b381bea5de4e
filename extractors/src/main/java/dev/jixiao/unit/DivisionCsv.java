package dev.jixiao.unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one file of the division list. The files are machine-written (every name quoted, no
 * commas or quotes inside names), but quoting is honoured anyway so that a refreshed list with an
 * odd name fails loudly instead of shifting columns.
 */
final class DivisionCsv {

  private DivisionCsv() {}

  /**
   * The data rows, each with exactly the header's columns in the header's order.
   *
   * @param what the file's name, for messages
   * @throws IOException also when the header differs from {@code header} or a row has the wrong
   *     number of fields
   */
  static List<String[]> read(Reader reader, String what, String... header) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    String first = in.readLine();
    if (first != null && first.startsWith("\uFEFF")) {
      first = first.substring(1);
    }
    if (first == null || !first.strip().equals(String.join(",", header))) {
      throw new IOException(what + ": expected header '" + String.join(",", header) + "' but found '" + first + "'");
    }
    List<String[]> rows = new ArrayList<>();
    String line;
    int lineNo = 1;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] fields = split(line, header.length, what, lineNo);
      rows.add(fields);
    }
    return rows;
  }

  private static String[] split(String line, int columns, String what, int lineNo) throws IOException {
    String[] out = new String[columns];
    int field = 0;
    int i = 0;
    int n = line.length();
    while (true) {
      if (field == columns) {
        throw new IOException(what + " line " + lineNo + ": more than " + columns + " fields");
      }
      String value;
      if (i < n && line.charAt(i) == '"') {
        int close = closingQuote(line, i + 1);
        if (close < 0) {
          throw new IOException(what + " line " + lineNo + ": unterminated quote");
        }
        value = line.substring(i + 1, close).replace("\"\"", "\"");
        i = close + 1;
      } else {
        int comma = line.indexOf(',', i);
        int stop = comma < 0 ? n : comma;
        value = line.substring(i, stop);
        i = stop;
      }
      value = value.strip();
      if (value.isEmpty()) {
        throw new IOException(what + " line " + lineNo + ": empty field " + (field + 1));
      }
      out[field++] = value;
      if (i >= n) {
        break;
      }
      if (line.charAt(i) != ',') {
        throw new IOException(what + " line " + lineNo + ": text after a closing quote");
      }
      i++;
      if (i == n) {
        throw new IOException(what + " line " + lineNo + ": empty last field");
      }
    }
    if (field != columns) {
      throw new IOException(what + " line " + lineNo + ": " + field + " fields, expected " + columns);
    }
    return out;
  }

  /** Index of the quote closing a field whose text starts at {@code from} ("" is an escaped quote). */
  private static int closingQuote(String line, int from) {
    int i = from;
    while (true) {
      int q = line.indexOf('"', i);
      if (q < 0 || q + 1 >= line.length() || line.charAt(q + 1) != '"') {
        return q;
      }
      i = q + 2;
    }
  }
}
