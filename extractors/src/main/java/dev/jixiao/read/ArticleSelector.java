package dev.jixiao.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the report inside a government web page and drops the page chrome around and inside it.
 * The article is, in order of trust: an {@code <article>}; the content container Chinese
 * government CMSs name ({@code #zoom}, TRS's {@code TRS_Editor}, {@code #content}…); {@code <main>};
 * the whole body. Within it, navigation, headers, footers, breadcrumbs, share and print bars, and
 * the 发布时间/来源 line are removed: they are the site's words, not the report's.
 */
final class ArticleSelector {
  private static final Set<String> CONTENT_IDS = Set.of(
      "zoom", "content", "article", "articlecontent", "maincontent", "main-content", "zw", "ucap-content", "fontzoom", "newscontent");
  private static final Pattern CONTENT_CLASS = Pattern.compile("(?i)\\b(TRS_Editor|article-content|article_content|content-text|news_content|zw|wzcon)\\b");
  private static final Set<String> CHROME_ELEMENTS = Set.of("header", "nav", "footer", "aside", "form", "button", "iframe", "select", "menu");
  private static final Pattern CHROME_CLASS = Pattern.compile(
      "(?i)(^|[\\s_-])(breadcrumb|crumbs?|position|location|nav|navbar|menu|site-header|site-footer|footer|header|share|toolbar|article-info|article-tools|print|pagination|sidebar|related)([\\s_-]|$)");
  /** The publication bar: 发布时间：2025-04-18　来源：古饶镇财政所　字号：大 中 小. */
  private static final Pattern META_LINE = Pattern.compile(
      "^\\s*(发布时间|发布日期|发文日期|来源|信息来源|文章来源|字号|浏览次数|点击数|阅读次数|作者|【?打印|当前位置|您的位置|您当前的位置)\\s*[:：】]?");
  private static final int META_LINE_MAX = 120;
  /** The class of an element that holds an article's title (article-title, title, tit; wzbt: 文章标题). */
  private static final Pattern TITLE_CLASS =
      Pattern.compile("(?i)(^|[\\s_-])(title|tit|article-title|news-title|bt|wzbt|bt_title)([\\s_-]|$)");
  /** Longer than any report's title line. */
  private static final int TITLE_MAX = 200;

  private ArticleSelector() {}

  static XhtmlNode select(XhtmlNode root) {
    XhtmlNode body = orElse(root.find(n -> n.is("body")), root);
    XhtmlNode article = first(body,
        n -> n.is("article"),
        n -> CONTENT_IDS.contains(n.id.toLowerCase(Locale.ROOT)),
        n -> !n.isText() && CONTENT_CLASS.matcher(n.cssClass).find(),
        n -> n.is("main"));
    XhtmlNode chosen = orElse(article, body);
    prune(chosen);
    // the report's title often stands above its content container (<h1>…绩效自评报告</h1><div id="zoom">…): it is the report's
    XhtmlNode title = article == null || holds(article, ArticleSelector::isTitle) ? null : titleBefore(body, article);
    if (title == null) {
      return chosen;
    }
    XhtmlNode titled = XhtmlNode.element("div", null, null);
    titled.children.add(title);
    titled.children.add(chosen);
    return titled;
  }

  /** A heading (h1–h3) or an element whose class names a title, of a line's length. */
  private static boolean isTitle(XhtmlNode n) {
    return !n.isText() && (n.is("h1") || n.is("h2") || n.is("h3") || TITLE_CLASS.matcher(n.cssClass).find())
        && !n.allText().isBlank() && n.allText().strip().length() <= TITLE_MAX;
  }

  private static boolean holds(XhtmlNode node, Predicate<XhtmlNode> test) {
    if (test.test(node)) {
      return true;
    }
    for (XhtmlNode child : node.children) {
      if (holds(child, test)) {
        return true;
      }
    }
    return false;
  }

  /** The last title before {@code article} in the page's order, outside the page's chrome; null when none. */
  private static XhtmlNode titleBefore(XhtmlNode root, XhtmlNode article) {
    XhtmlNode[] last = {null};
    return walkTo(root, article, last) ? last[0] : null;
  }

  /** Walks the page in order up to {@code article}, keeping the last title met in {@code last}; whether it was reached. */
  private static boolean walkTo(XhtmlNode node, XhtmlNode article, XhtmlNode[] last) {
    if (node == article) {
      return true;
    }
    if (node.isText() || isChrome(node)) {
      return false;
    }
    if (isTitle(node)) {
      last[0] = node;
      return false;
    }
    for (XhtmlNode child : node.children) {
      if (walkTo(child, article, last)) {
        return true;
      }
    }
    return false;
  }

  /** For the first test any element passes, the passing element with the most text. */
  @SafeVarargs
  private static XhtmlNode first(XhtmlNode root, Predicate<XhtmlNode>... tests) {
    for (Predicate<XhtmlNode> test : tests) {
      List<XhtmlNode> found = new ArrayList<>();
      collect(root, n -> !n.isText() && test.test(n), found);
      // a page may list teasers as <article>s too; the report is the long one
      XhtmlNode longest = found.stream().max(Comparator.comparingInt(n -> n.allText().strip().length())).orElse(null);
      if (longest != null) {
        return longest;
      }
    }
    return null;
  }

  private static void collect(XhtmlNode node, Predicate<XhtmlNode> test, List<XhtmlNode> found) {
    if (test.test(node)) {
      found.add(node);
      return; // not its descendants: an article inside the article is part of it
    }
    for (XhtmlNode child : node.children) {
      collect(child, test, found);
    }
  }

  private static void prune(XhtmlNode node) {
    Iterator<XhtmlNode> it = node.children.iterator();
    while (it.hasNext()) {
      XhtmlNode child = it.next();
      if (child.isText()) {
        continue;
      }
      if (isChrome(child)) {
        it.remove();
      } else {
        prune(child);
      }
    }
  }

  private static boolean isChrome(XhtmlNode n) {
    if (CHROME_ELEMENTS.contains(n.name)) {
      return true;
    }
    if (CHROME_CLASS.matcher(n.cssClass).find() || CHROME_CLASS.matcher(n.id).find()) {
      return true;
    }
    if (List.of("p", "div", "span", "td", "li").contains(n.name)) {
      String text = n.allText().strip();
      return text.length() <= META_LINE_MAX && META_LINE.matcher(text).find();
    }
    return false;
  }

  private static XhtmlNode orElse(XhtmlNode a, XhtmlNode b) {
    return a != null ? a : b;
  }
}
