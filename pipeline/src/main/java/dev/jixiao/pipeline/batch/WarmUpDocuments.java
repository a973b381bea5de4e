package dev.jixiao.pipeline.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A tiny report in each format a worker reads once at start, so that dictionaries and the readers'
 * classes load before the first file's deadline. The Word and PDF copies are resources made once
 * (with POI and PDFBox, one paragraph per line of {@link #TEXT}; the PDF in WenQuanYi Zen Hei,
 * subset, as real reports embed their Chinese fonts): writing them at every start cost each worker
 * 0.4 s of loading the writers' classes, which no real file needs. All three are plainly Chinese,
 * so the warm-up does not load the language model, which only other texts need.
 */
final class WarmUpDocuments {
  static final String TEXT = "某镇2024年度项目支出绩效自评报告\n一、基本情况\n2024年我镇共实施项目3个，预算总金额120万元，实际支出110万元，执行率91.67%。\n"
      + "1. 道路修缮项目：预算金额 60 万元，实际拨付 55 万元，完成率91.67%。\n自评得分92分，等级为优。\n"
      + "（本报告数据截至2024年12月31日，如与财政决算数据有出入，以决算数据为准，特此说明。）\n";

  private WarmUpDocuments() {}

  static byte[] txt() {
    return TEXT.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] docx() {
    return resource("warm-up.docx");
  }

  static byte[] pdf() {
    return resource("warm-up.pdf");
  }

  private static byte[] resource(String name) {
    try (InputStream in = WarmUpDocuments.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
