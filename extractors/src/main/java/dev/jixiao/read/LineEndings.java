package dev.jixiao.read;

/** CRLF and CR become LF, so offsets mean the same on every platform the text came from. */
final class LineEndings {
  private LineEndings() {}

  static String toLf(String s) {
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
  }
}
