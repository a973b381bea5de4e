package dev.jixiao.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.index.GoldRecords;
import dev.jixiao.index.analysis.JixiaoAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word with dictionary parts is scored by {@link SplitWordQuery}, and words that must all occur
 * by {@link SumQuery}; both skip verifying the parts' phrases where a document cannot reach the
 * page: the page must be the one the plain disjunctions and conjunctions give, document for
 * document and score for score. Over the sample reports, with pages of 1 to 10 and Lucene told to
 * skip from the first hit on, so the bounds are used at once.
 */
class SplitWordQueryTest {
  @TempDir static Path dir;
  static DirectoryReader reader;

  static final List<String> QUERIES = List.of("人居环境整治", "乡村振兴", "预算执行率", "三公经费", "驻村工作队",
      "结余资金上交国库", "专项资金", "美丽乡村建设", "人居环境 type:project", "乡村振兴 rate:<50",
      "古饶镇 乡村振兴", "自然灾害救灾资金", "一般公共预算", "危房改造 -南屯镇", "秸秆禁烧 year:2024",
      "乡村振兴 人居环境整治", "三公经费 专项资金 预算执行率", "郑家驿镇人居环境整治", "驻村工作队 \"危房改造\"",
      "结余资金 -南屯镇 type:report", "美丽乡村建设 秸秆禁烧 city:淮北市", "乡村振兴 乡村振兴",
      "三公经费 专项资金 三公经费", "郑家驿镇人居环境整治 郑家驿镇人居环境整治");

  @BeforeAll
  static void index() throws IOException {
    GoldRecords.index(dir);
    reader = DirectoryReader.open(FSDirectory.open(dir));
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  @Test
  void thePageIsThatOfThePlainDisjunction() throws IOException {
    QueryBuilder b = new QueryBuilder(JixiaoAnalyzer.forQuery(), JixiaoAnalyzer.forIndex());
    IndexSearcher s = new IndexSearcher(reader);
    int split = 0;
    for (String text : QUERIES) {
      Query q = b.build(QuerySyntax.parse(text), null);
      Query plain = plain(q);
      if (!plain.equals(q)) {
        split++;
      }
      for (int n : new int[] {1, 2, 3, 5, 10}) {
        TopDocs pruned = s.search(q, new TopScoreDocCollectorManager(n, null, 1, true));
        TopDocs exact = s.search(plain, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, true));
        assertThat(page(pruned)).as(text + " top " + n).isEqualTo(page(exact));
      }
      // every hit scored: the same as the plain disjunction, hit for hit
      assertThat(page(s.search(q, new TopScoreDocCollectorManager(1000, null, Integer.MAX_VALUE, true))))
          .as(text).isEqualTo(page(s.search(plain, new TopScoreDocCollectorManager(1000, null, Integer.MAX_VALUE, true))));
    }
    assertThat(split).as("queries with a split word").isGreaterThan(10);
  }

  static List<String> page(TopDocs top) {
    return java.util.Arrays.stream(top.scoreDocs).map((ScoreDoc d) -> d.doc + ":" + d.score).toList();
  }

  /** The query with each split word's plain disjunction and each sum's plain conjunction. */
  static Query plain(Query q) {
    if (q instanceof SplitWordQuery sw) {
      return sw.dismax();
    }
    if (q instanceof SumQuery sum) {
      return plain(sum.conjunction());
    }
    if (q instanceof BooleanQuery bq) {
      BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause c : bq.clauses()) {
        out.add(plain(c.getQuery()), c.getOccur());
      }
      return out.build();
    }
    return q;
  }
}
