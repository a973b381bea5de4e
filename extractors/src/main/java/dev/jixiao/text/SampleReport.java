package dev.jixiao.text;

/**
 * A tiny report, plainly Chinese, that each stage runs once at start (a worker process its readers
 * and extractors, the ingest process its index analysis), so that dictionaries and classes load
 * before the first real document. The worker's Word and PDF copies of it are resources made from
 * this text, one paragraph per line.
 */
public final class SampleReport {
  public static final String TEXT = "某镇2024年度项目支出绩效自评报告\n一、基本情况\n2024年我镇共实施项目3个，预算总金额120万元，实际支出110万元，执行率91.67%。\n"
      + "1. 道路修缮项目：预算金额 60 万元，实际拨付 55 万元，完成率91.67%。\n自评得分92分，等级为优。\n"
      + "（本报告数据截至2024年12月31日，如与财政决算数据有出入，以决算数据为准，特此说明。）\n";

  private SampleReport() {}
}
