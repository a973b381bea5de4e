package dev.jixiao.pipeline;

import java.util.Map;
import org.apache.tika.mime.MediaType;

/** The short format ids of the record ({@code txt}, {@code pdf}, …) for Tika media types. */
final class Formats {
  private static final Map<String, String> IDS = Map.ofEntries(
      Map.entry("text/plain", "txt"),
      Map.entry("text/x-web-markdown", "md"),
      Map.entry("text/markdown", "md"),
      Map.entry("text/html", "html"),
      Map.entry("application/xhtml+xml", "html"),
      Map.entry("application/pdf", "pdf"),
      Map.entry("application/msword", "doc"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
      Map.entry("application/vnd.oasis.opendocument.text", "odt"),
      Map.entry("application/rtf", "rtf"),
      Map.entry("application/vnd.ms-excel", "xls"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
      Map.entry("application/vnd.ms-word.document.macroenabled.12", "docm"),
      Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", "xlsm"),
      // an encrypted .docx/.xlsx is an OLE2 wrapper; Tika cannot tell which until it is opened
      Map.entry("application/x-tika-ooxml-protected", "ooxml-encrypted"),
      Map.entry("application/x-tika-ooxml", "ooxml"),
      Map.entry("application/x-tika-msoffice", "ole2"),
      Map.entry("text/csv", "csv"),
      Map.entry("text/tab-separated-values", "tsv"),
      Map.entry("application/json", "json"),
      Map.entry("image/png", "png"),
      Map.entry("image/jpeg", "jpeg"),
      Map.entry("image/tiff", "tiff"),
      Map.entry("image/bmp", "bmp"),
      Map.entry("image/gif", "gif"),
      Map.entry("application/zip", "zip"),
      Map.entry("application/octet-stream", "binary"));

  private Formats() {}

  static String idOf(MediaType type) {
    String base = type.getBaseType().toString();
    return IDS.getOrDefault(base, base);
  }
}
