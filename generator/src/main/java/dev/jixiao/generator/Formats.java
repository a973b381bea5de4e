package dev.jixiao.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a composed report as txt (UTF-8), html (an article inside invented site chrome), docx
 * (POI XWPF, headings in bold runs) or pdf (PDFBox, text layer, with a CJK TrueType font the
 * system ships: {@code fonts-wqy-zenhei}, or the file named by {@code -Djixiao.cjkFont}).
 */
public final class Formats {
  public static final List<String> ALL = List.of("txt", "docx", "pdf", "html");
  static final List<Path> FONT_CANDIDATES = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
      Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

  private TrueTypeFont cjk;
  private boolean fontLooked;

  /** The CJK font file used for PDF, or null when none is installed. */
  public static Path fontFile() {
    String configured = System.getProperty("jixiao.cjkFont");
    if (configured != null) {
      return Files.isRegularFile(Path.of(configured)) ? Path.of(configured) : null;
    }
    return FONT_CANDIDATES.stream().filter(Files::isRegularFile).findFirst().orElse(null);
  }

  public boolean canWrite(String format) {
    return !format.equals("pdf") || font() != null;
  }

  public byte[] write(Composed report, String format) {
    try {
      return switch (format) {
        case "txt" -> report.text().getBytes(StandardCharsets.UTF_8);
        case "html" -> html(report).getBytes(StandardCharsets.UTF_8);
        case "docx" -> docx(report);
        case "pdf" -> pdf(report);
        default -> throw new IllegalArgumentException("unknown format " + format + "; one of " + ALL);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String html(Composed r) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(r.title())).append("</title></head>\n<body><header><div class=\"site\">")
        .append(escape(r.truth().unit().township())).append("人民政府</div><nav><a href=\"/\">首页</a> <a href=\"/zwgk\">政务公开</a> "
            + "<a href=\"/czzj\">财政资金</a></nav></header>\n<div class=\"crumb\">当前位置：首页 &gt; 政务公开 &gt; 财政预决算</div>\n"
            + "<article id=\"zoom\"><h1>").append(escape(r.title())).append("</h1>\n");
    for (Composed.Block block : r.blocks()) {
      String tag = block.level() == 1 ? "h2" : block.level() == 2 ? "h3" : "p";
      b.append('<').append(tag).append('>').append(escape(block.text())).append("</").append(tag).append(">\n");
    }
    return b.append("</article>\n<footer>主办单位：").append(escape(r.truth().unit().township()))
        .append("人民政府 版权所有 联系电话：0000-0000000</footer></body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static byte[] docx(Composed r) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun t = title.createRun();
      t.setBold(true);
      t.setFontSize(16);
      t.setText(r.title());
      for (Composed.Block block : r.blocks()) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(block.level() > 0);
        run.setText(block.text());
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  private synchronized TrueTypeFont font() {
    if (!fontLooked) {
      fontLooked = true;
      Path file = fontFile();
      if (file != null) {
        try {
          if (file.toString().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
              if (first[0] == null) {
                first[0] = f;
              }
            });
            cjk = first[0];
          } else {
            cjk = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
          }
        } catch (IOException e) {
          cjk = null;
        }
      }
    }
    return cjk;
  }

  private synchronized byte[] pdf(Composed r) throws IOException {
    TrueTypeFont ttf = font();
    if (ttf == null) {
      throw new IllegalStateException("no CJK font for PDF: install fonts-wqy-zenhei (or name one with -Djixiao.cjkFont)");
    }
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      List<String[]> lines = new ArrayList<>(); // {size, text}
      lines.add(new String[] {"16", r.title()});
      for (Composed.Block block : r.blocks()) {
        float size = block.level() == 1 ? 13 : block.level() == 2 ? 12 : 11;
        for (String line : wrap(font, block.text(), size, PDRectangle.A4.getWidth() - 144)) {
          lines.add(new String[] {Float.toString(size), line});
        }
      }
      PDPageContentStream cs = null;
      float y = 0;
      for (String[] line : lines) {
        float size = Float.parseFloat(line[0]);
        if (cs == null || y < 72) {
          if (cs != null) {
            cs.endText();
            cs.close();
          }
          PDPage page = new PDPage(PDRectangle.A4);
          doc.addPage(page);
          cs = new PDPageContentStream(doc, page);
          cs.beginText();
          y = PDRectangle.A4.getHeight() - 72;
          cs.newLineAtOffset(72, y);
        }
        cs.setFont(font, size);
        cs.showText(line[1]);
        cs.newLineAtOffset(0, -size * 1.6f);
        y -= size * 1.6f;
      }
      if (cs != null) {
        cs.endText();
        cs.close();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** Breaks a paragraph into lines; a run of digits, letters and . % stays whole (as word processors keep numbers). */
  private static List<String> wrap(PDType0Font font, String text, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float w = 0;
    for (int i = 0; i < text.length(); ) {
      int end = i + Character.charCount(text.codePointAt(i));
      if (word(text.charAt(i))) {
        while (end < text.length() && word(text.charAt(end))) {
          end++;
        }
      }
      String piece = text.substring(i, end);
      float pw = font.getStringWidth(piece) / 1000 * size;
      if (w + pw > width && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        w = 0;
      }
      line.append(piece);
      w += pw;
      i = end;
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static boolean word(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '%');
  }
}
