package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.text.ChineseNumerals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year's moves of a budget against what the words say they make, for {@link BalanceRule}: the funds in all against the amount the
 * carry-over is added to (加上年结转6.38万元，全年预算资金合计440.68万元), a net the words give of moves netted against each other (两项相抵，
 * 预算净增加8.54万元) or counted (预算调整四次，净增加61.85万元：一是…), a sum of additions (共追加252.65万元), an item's amount moved from one
 * amount to another by the sentence's one move (调减6.40万元，由8.00万元调减为1.60万元), and a level's funds after a move the words name that
 * level's (追加的8.32万元全部为县级资金，调整后县级资金为77.72万元). Each move is named so in its clause ({@link BudgetMoves}), or gives the
 * unit money (下达) where the words count the moves; where the words leave a move unnamed or its count open, nothing is read.
 */
final class YearsMoves {
  /** What the year's funds add from the year before, opening its clause (加上年结转6.38万元, 加上年初结转结余62.80万元). */
  private static final Pattern PLUS_CARRIED_IN = Pattern.compile("^(?:加上?|另有)(?:上年|年初)结转(?:和|及)?(?:结余)?(?:资金)?$");
  /** The funds of the year in all, named so (全年可用资金, 全年预算资金合计, 全年可用资金共计). */
  private static final Pattern FUNDS_IN_ALL = Pattern.compile("(?:可用|预算)?资金(?:合计|共计|总计|总额)?(?:为|达)?$");
  /** Words by which funds opening a sentence of their own are all the year's (全年可用资金, 资金合计), not some of them (县级资金). */
  private static final Pattern ALL_OF_THEM = Pattern.compile("全年|合计|共计|总计|总额|可用");
  /** A level's funds after the year's move (调整后县级资金, 调整后省级配套资金): the level (group 1). */
  private static final Pattern LEVEL_AFTER = Pattern.compile("^调整后(\\p{IsHan}{1,4}?)(?:财政|配套)?资金(?:为|达|是)?$");
  /** Words naming a move's amount all of one level's, right after it (全部为县级资金, 均为县级资金): the level (group 1). */
  private static final Pattern ALL_OF_A_LEVEL = Pattern.compile("^[ ]*(?:全部|均|全)(?:为|是|系|属)(\\p{IsHan}{1,4}?)(?:财政|配套)?资金[，,；;。]");
  /** The moves netted against each other, named so before the net (三项增减相抵, 两项相抵，, 追减相抵，), and how many if said. */
  private static final Pattern NETTED = Pattern.compile("(?:([两二三四五六])项)?(?:增减|追减)?相抵");
  /** The net of the moves, up (group 1) or down, closing the net's clause (净增加, 预算净减少, 净追加). */
  private static final Pattern NET_OF_THE_MOVES = Pattern.compile("净(?:(增加|增|追加|调增)|减少|减|调减)$");
  /** The adjusted budget's change from the year's start, up (group 1) or down, closing its clause (比年初增加, 较年初预算减少). */
  private static final Pattern FROM_THE_START = Pattern.compile("^(?:比|较)年初(?:预算)?(?:(增加|增|调增)|减少|减|调减)$");
  /** How many moves the year's budget made, as the words count them (预算调整两项, 调整四次). */
  private static final Pattern MOVES_COUNTED = Pattern.compile("调整(?:了)?([两二三四五六七八九十\\d]{1,2})(?:次|项)");
  /** Words of money the unit was given in the year, a move by the count of moves only (省财政厅下达…资金, 收到省级下达的…资金). */
  private static final Pattern GIVEN = Pattern.compile("下达|收到|拨付|安排");
  /** An item of a list enumerated in words (一是…；二是…). */
  private static final Pattern ENUMERATED = Pattern.compile("[一二三四五六]是");
  /** Words by which an amount in a move's clause is no one move: after it, its net or share, a sum of moves. */
  private static final Pattern NOT_A_MOVE = Pattern.compile("后|净|合计|共计|累计|相当于|占");
  /** The additions summed, closing the sum's clause (共追加, 两项共追加财政拨款, 合计调增, 全年共追加). */
  private static final Pattern ADDITIONS_SUMMED = Pattern.compile("(?:共|合计|共计|累计|总计)(?:追加|调增)\\p{IsHan}{0,6}$");
  /** How many things the words count (两项, 三项). */
  private static final Pattern COUNTED_ITEMS = Pattern.compile("([两二三四五六])项");
  /** Between an item's amount before its move and after it (由109.70万元调整为138.00万元, 由136.00万元调增至160.50万元). */
  private static final Pattern FROM_TO = Pattern.compile("^[ ]*(?:调整|调减|调增|追加|增加|减少|压减|核减)(?:为|至|到)[ ]*$");
  /** A move's words right after its amount (28.30万元追加用于…). */
  private static final Pattern MOVE_AFTER = Pattern.compile("^[ ]*(" + BudgetMoves.ANY + ")");

  private YearsMoves() {}

  /** The findings of the year's moves in the text, for the rule that reports them. */
  static List<Finding> check(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    out.addAll(fundsWithTheCarryOver(rule, fs, text));
    out.addAll(netOfTheMovesBefore(rule, fs, text));
    out.addAll(netOfTheMovesAfter(rule, fs, text));
    out.addAll(additionsSummed(rule, fs, text));
    out.addAll(itemsMovedFromTo(rule, fs, text));
    out.addAll(levelsNamedAfterTheMove(rule, fs, text));
    return out;
  }

  /**
   * The year's funds in all against the amount before and the carry-over the words add to it (调整后预算434.30万元，加上年结转6.38万元，
   * 全年预算资金合计440.68万元; 当年资金合计800.00万元；加上年结转58.60万元，全年可用资金858.60万元): the carry-over opens its clause
   * with 加 (or 另有: 调整后本年预算698.80万元。另有上年结转资金42.16万元，主要为…。全年可用资金合计740.96万元), and the funds in all close the
   * clause right after it or open the next sentence. The amount added to is the money figure right before, in its
   * sentence or the one before, or the whole that figure is listed as a part of (本年收入2,050.95万元，其中：…其他收入18.35万元，占0.89%。
   * 加上年初结转结余62.80万元，全年可用资金共计2,113.75万元).
   */
  private static List<Finding> fundsWithTheCarryOver(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 1; text != null && i + 1 < fs.size(); i++) {
      Figure carried = fs.get(i);
      if (!Figures.isMoney(carried) || carried.op() != null || carried.label() == null || !carried.label().contains("结转")
          || !PLUS_CARRIED_IN.matcher(SpendingLabels.label(carried)).matches()
          && !PLUS_CARRIED_IN.matcher(Sentences.clauseWords(text, carried)).matches()) {
        continue;
      }
      Figure all = fs.get(i + 1);
      String clause = Sentences.clauseWords(text, all);
      // the funds in all close the clause right after the carry-over, or open the next sentence, past the carry-over's words (另有上年结转
      // 资金42.16万元，主要为…项目资金。全年可用资金合计740.96万元)
      String between = Figures.isMoney(all) && all.op() == null && FUNDS_IN_ALL.matcher(clause).find()
          ? Sentences.wordsBetween(text, carried, all) : "";
      if (!between.matches("^(?:[，,]|(?:[，,][^。]*)?。)" + Pattern.quote(clause) + "$")
          || between.indexOf('。') >= 0 && !ALL_OF_THEM.matcher(clause).find()) {
        continue;
      }
      Figure before = amountAddedTo(fs, i, text);
      if (before == null) {
        continue;
      }
      Interval sum = Figures.of(before).plus(Figures.of(carried));
      if (sum.intersects(Figures.of(all))) {
        continue;
      }
      String expected = Figures.money(before.yuan().add(carried.yuan()), MoneyUnit.of(all.unit()), Math.max(0, all.value().scale()));
      out.add(Reckoned.finding(rule, clause, all.text(), expected, before.text() + "加上年结转" + carried.text(),
          before.text() + " plus the carry-over " + carried.text(), all.evidence(), before.evidence(), carried.evidence()));
    }
    return out;
  }

  /**
   * The net the words give of the year's moves netted against each other (两项相抵，预算净增加8.54万元; 三项增减相抵净增11.22万元; 追减相抵，
   * 全年预算净减少30.00万元) against those moves: each amount of its sentence and the one before whose clause adds (追加, 调增) or cuts
   * (调减, 压减). The moves must be as many as the words count (两项), at least as many as the items enumerated (一是…；二是…), and,
   * where the words do neither, the only amounts there: a move named otherwise (下达…经费52.00万元) is one the rule cannot see. The net may
   * be the adjusted budget's change from the year's start, right after it, where the words count the moves (预算调整两项：一是…追加项目支出
   * 18.60万元；二是…调减人员经费4.20万元。调整后预算为300.80万元，比年初增加14.40万元).
   */
  private static List<Finding> netOfTheMovesBefore(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 2; text != null && i < fs.size(); i++) {
      Figure net = fs.get(i);
      boolean money = Figures.isMoney(net) && net.op() == null && net.label() != null;
      Matcher way = money && net.label().contains("净") ? NET_OF_THE_MOVES.matcher(Sentences.clauseWords(text, net)) : null;
      // or the adjusted budget's change from the year's start, right after it, where the words count the moves (预算调整两项：一是…；二是…。
      // 调整后预算为300.80万元，比年初增加14.40万元)
      Matcher fromTheStart = money && way == null && net.label().contains("年初")
          ? FROM_THE_START.matcher(Sentences.clauseWords(text, net)) : null;
      boolean changed = fromTheStart != null && fromTheStart.find() && Sentences.clauseWords(text, fs.get(i - 1)).contains("调整后")
          && Sentences.together(text, fs.get(i - 1), net);
      if ((way == null || !way.find()) && !changed) {
        continue;
      }
      way = changed ? fromTheStart : way;
      int sentence = Sentences.start(text, net.evidence().start());
      int from = withTheSentenceBefore(text, sentence);
      Matcher netted = (changed ? MOVES_COUNTED : NETTED).matcher(text.substring(changed ? from : sentence, net.evidence().start()));
      if (!netted.find() || changed && netted.group(1) == null) {
        continue;
      }
      List<Figure> ups = new ArrayList<>();
      List<Figure> downs = new ArrayList<>();
      boolean others = false;
      for (int k = i - 1; k >= 0 && fs.get(k).evidence().start() >= from; k--) {
        Figure f = fs.get(k);
        if (!Figures.isMoney(f) || Sentences.inParentheses(text, f)) {
          continue;
        }
        String clause = Sentences.clauseWords(text, f);
        boolean up = BudgetMoves.ADDED.matcher(clause).find();
        boolean down = BudgetMoves.CUT.matcher(clause).find();
        if (up == down || f.op() != null || f.partOf() != null || f.yuan() == null || NOT_A_MOVE.matcher(clause).find()) {
          others = true;
        } else {
          (up ? ups : downs).add(f);
        }
      }
      int moves = ups.size() + downs.size();
      String words = text.substring(from, net.evidence().start());
      int enumerated = (int) ENUMERATED.matcher(words).results().count();
      Integer counted = netted.group(1) == null ? null : (int) ChineseNumerals.digitsOrNumerals(netted.group(1)).orElse(-1);
      if (ups.isEmpty() || downs.isEmpty() || counted != null && counted != moves || moves < enumerated
          || counted == null && enumerated == 0 && others) {
        continue;
      }
      Finding wrong = netAgainstTheMoves(rule, net, way.group(1) != null, ups, downs, "追加");
      if (wrong != null) {
        out.add(wrong);
      }
    }
    return out;
  }

  /**
   * The net of the year's moves the words give before them, closing its clause before a colon, against the moves enumerated after it
   * (预算调整四次，净增加61.85万元：一是…追加人员经费23.85万元；二是…追加在押人员伙食费12.00万元；三是省财政厅下达省级政法补助资金28.00万元…；
   * 四是…调减押解车辆运行及提解经费2.00万元。): the words count the moves (调整四次) and enumerate as many, each with one amount outside asides,
   * before which its words add, cut, or give the unit money (下达, 收到), an addition by the count; else nothing is read.
   */
  private static List<Finding> netOfTheMovesAfter(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; text != null && i + 2 < fs.size(); i++) {
      Figure net = fs.get(i);
      int colon = net.evidence().end();
      Matcher way = Figures.isMoney(net) && net.op() == null && net.yuan() != null && net.label() != null && net.label().contains("净")
          && colon < text.length() && (text.charAt(colon) == '：' || text.charAt(colon) == ':')
          ? NET_OF_THE_MOVES.matcher(Sentences.clauseWords(text, net)) : null;
      if (way == null || !way.find()) {
        continue;
      }
      Matcher counted = MOVES_COUNTED.matcher(text.substring(Sentences.start(text, net.evidence().start()), net.evidence().start()));
      int count = counted.find() ? (int) ChineseNumerals.digitsOrNumerals(counted.group(1)).orElse(-1) : -1;
      int end = text.indexOf('。', colon);
      int line = text.indexOf('\n', colon);
      end = end < 0 || line >= 0 && line < end ? line : end;
      if (count < 2 || end < 0) {
        continue;
      }
      List<Integer> items = ENUMERATED.matcher(text.substring(colon, end)).results().map(r -> colon + r.start()).toList();
      if (items.size() != count || items.get(0) != colon + 1) {
        continue;
      }
      List<Figure> ups = new ArrayList<>();
      List<Figure> downs = new ArrayList<>();
      boolean read = true;
      for (int n = 0; n < items.size() && read; n++) {
        int from = items.get(n);
        int to = n + 1 < items.size() ? items.get(n + 1) : end;
        List<Figure> amounts = fs.subList(i + 1, fs.size()).stream().filter(f -> f.evidence().start() >= from && f.evidence().start() < to
            && Figures.isMoney(f) && !Sentences.inParentheses(text, f)).toList();
        Figure move = amounts.size() == 1 ? amounts.get(0) : null;
        String words = move == null ? "" : text.substring(from, move.evidence().start());
        boolean down = BudgetMoves.CUT.matcher(words).find();
        boolean up = BudgetMoves.ADDED.matcher(words).find() || GIVEN.matcher(words).find();
        read = move != null && move.op() == null && move.yuan() != null && up != down && !NOT_A_MOVE.matcher(words).find();
        if (read) {
          (up ? ups : downs).add(move);
        }
      }
      if (!read) {
        continue;
      }
      Finding wrong = netAgainstTheMoves(rule, net, way.group(1) != null, ups, downs, "增加");
      if (wrong != null) {
        out.add(wrong);
      }
    }
    return out;
  }

  /**
   * A sum of the additions the words give (共追加120.00万元, 两项共追加财政拨款127.50万元, 合计调增15.50万元) against the additions right
   * before it, in its sentence and the one before: each amount whose clause adds (追加, 调增), back to the budget they were added to
   * (年初预算2,365.80万元，…追加120.00万元、…追加85.00万元、…追加47.65万元，共追加252.65万元) or the sentences' start. An amount
   * named otherwise before them (下达防汛救灾补助资金12.00万元，镇本级财政追加3.50万元，合计调增15.50万元) may be one of them: the rule then
   * reads nothing. The additions must be as many as the words count, and at least as many as the items enumerated.
   */
  private static List<Finding> additionsSummed(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 2; text != null && i < fs.size(); i++) {
      Figure sum = fs.get(i);
      // (the label holds the move's word where the clause ends in one: most amounts' clauses are not read at all)
      String clause = Figures.isMoney(sum) && sum.op() == null && sum.label() != null
          && (sum.label().indexOf('追') >= 0 || sum.label().indexOf('调') >= 0) ? Sentences.clauseWords(text, sum) : "";
      if (clause.indexOf('追') < 0 && clause.indexOf('调') < 0 || !ADDITIONS_SUMMED.matcher(clause).find()
          || NOT_A_MOVE.matcher(clause.replaceFirst("(?:合计|共计|累计|总计)(?=追加|调增)", "")).find()) {
        continue;
      }
      int from = withTheSentenceBefore(text, Sentences.start(text, sum.evidence().start()));
      List<Figure> added = new ArrayList<>();
      boolean fromTheBudget = true;
      for (int k = i - 1; k >= 0 && fs.get(k).evidence().start() >= from; k--) {
        Figure f = fs.get(k);
        if (!Figures.isMoney(f) || Sentences.inParentheses(text, f)) {
          continue;
        }
        String clauseWords = Sentences.clauseWords(text, f);
        String words = clauseWords.substring(clauseWords.lastIndexOf('、') + 1); // (an item's own words, in a list parted by 、)
        if (f.op() == null && f.partOf() == null && f.yuan() != null && BudgetMoves.ADDED.matcher(words).find()
            && !BudgetMoves.CUT.matcher(words).find() && !NOT_A_MOVE.matcher(words).find()) {
          added.add(f);
          continue;
        }
        fromTheBudget = budgetWorded(text, fs, f);
        break;
      }
      String before = text.substring(from, sum.evidence().start());
      Matcher counted = COUNTED_ITEMS.matcher(clause);
      long count = !counted.find() ? -1 : ChineseNumerals.digitsOrNumerals(counted.group(1)).orElse(-1);
      if (added.size() < 2 || !fromTheBudget || count >= 0 && count != added.size()
          || added.size() < ENUMERATED.matcher(before).results().count()) {
        continue;
      }
      Interval reckoned = added.stream().map(Figures::yuan).reduce(Interval::plus).orElseThrow();
      if (reckoned.intersects(Figures.yuan(sum))) {
        continue;
      }
      BigDecimal exact = added.stream().map(Figure::yuan).reduce(BigDecimal.ZERO, BigDecimal::add);
      String expected = Figures.money(exact, MoneyUnit.of(sum.unit()), Math.max(0, sum.value().scale()));
      List<Evidence> evidence = new ArrayList<>(List.of(sum.evidence()));
      added.forEach(f -> evidence.add(f.evidence()));
      out.add(Reckoned.finding(rule, "追加合计", sum.text(), expected, added.size() + "项追加之和", "the sum of " + added.size() + " additions",
          evidence.toArray(Evidence[]::new)));
    }
    return out;
  }

  /**
   * An item's amount after its move against its amount before and the one move its sentence states (仲裁信息化建设经费调减6.40万元，由8.00万元
   * 调减为1.60万元; 将上年结转资金28.30万元追加用于…，该项预算由109.70万元调整为138.00万元): the move named so in its clause, or right after
   * its amount. With two moves in the sentence, which one made the item's is not said, and the rule reads nothing.
   */
  private static List<Finding> itemsMovedFromTo(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 1; text != null && i < fs.size(); i++) {
      Figure after = fs.get(i);
      Figure before = fs.get(i - 1);
      if (!Figures.isMoney(after) || !Figures.isMoney(before) || before.evidence().end() > after.evidence().start()
          || after.op() != null || before.op() != null || before.yuan() == null
          || after.yuan() == null || !FROM_TO.matcher(text.substring(before.evidence().end(), after.evidence().start())).matches()
          || !Sentences.clauseBefore(text, before).strip().endsWith("由")) {
        continue;
      }
      Figure move = null;
      Boolean up = null;
      int moves = 0;
      for (Figure f : SpendingLabels.sentenceAround(fs, i, text)) {
        if (f == before || !Figures.isMoney(f) || Sentences.inParentheses(text, f)) {
          continue;
        }
        String clause = Sentences.clauseWords(text, f);
        String words = clause.substring(clause.lastIndexOf('、') + 1);
        Matcher right = MOVE_AFTER.matcher(text.substring(f.evidence().end(), Math.min(text.length(), f.evidence().end() + 4)));
        String rightAfter = right.find() ? right.group(1) : "";
        boolean adds = BudgetMoves.ADDED.matcher(words).find() || BudgetMoves.ADDED.matcher(rightAfter).matches();
        boolean cuts = BudgetMoves.CUT.matcher(words).find() || BudgetMoves.CUT.matcher(rightAfter).matches();
        if (adds == cuts || NOT_A_MOVE.matcher(words).find() || words.endsWith("由")) {
          continue;
        }
        moves++;
        move = f;
        up = adds;
      }
      if (moves != 1 || move.op() != null || move.yuan() == null) {
        continue;
      }
      Interval reckoned = up ? Figures.yuan(before).plus(Figures.yuan(move)) : Figures.yuan(before).minus(Figures.yuan(move));
      if (reckoned.intersects(Figures.yuan(after))) {
        continue;
      }
      BigDecimal exact = up ? before.yuan().add(move.yuan()) : before.yuan().subtract(move.yuan());
      String expected = Figures.money(exact, MoneyUnit.of(after.unit()), Math.max(0, after.value().scale()));
      out.add(Reckoned.finding(rule, "调整后金额", after.text(), expected, before.text() + (up ? "追加" : "调减") + move.text(),
          before.text() + (up ? " plus " : " less ") + move.text(), after.evidence(), before.evidence(), move.evidence()));
    }
    return out;
  }

  /**
   * A level's funds after the year's move against its funds before and the move, where the words name the move all that level's (县级资金
   * 69.40万元；追加的8.32万元全部为县级资金，调整后县级资金为77.72万元): the move right before the funds after it in their sentence, added or cut,
   * and the one amount named that level's funds before it, in its sentence or the one before.
   */
  private static List<Finding> levelsNamedAfterTheMove(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 2; text != null && i < fs.size(); i++) {
      Figure after = fs.get(i);
      Matcher level = Figures.isMoney(after) && after.op() == null && after.yuan() != null && after.label() != null
          && after.label().contains("调整后") ? LEVEL_AFTER.matcher(SpendingLabels.label(after)) : null;
      if (level == null || !level.matches()) {
        continue;
      }
      Figure move = fs.get(i - 1);
      if (!Figures.isMoney(move) || move.op() != null || move.yuan() == null || move.evidence().end() > after.evidence().start()
          || !Sentences.together(text, move, after)) {
        continue;
      }
      Matcher all = ALL_OF_A_LEVEL.matcher(text.substring(move.evidence().end(), Math.min(text.length(), move.evidence().end() + 16)));
      String words = Sentences.clauseWords(text, move);
      boolean up = BudgetMoves.ADDED.matcher(words).find();
      if (!all.find() || !all.group(1).equals(level.group(1)) || up == BudgetMoves.CUT.matcher(words).find()) {
        continue;
      }
      int from = withTheSentenceBefore(text, Sentences.start(text, move.evidence().start()));
      String name = level.group(1) + "资金";
      List<Figure> named = fs.subList(0, i - 1).stream().filter(f -> f.evidence().start() >= from && Figures.isMoney(f) && f.op() == null
          && f.yuan() != null && SpendingLabels.label(f).endsWith(name) && !SpendingLabels.label(f).contains("调整")).toList();
      if (named.size() != 1) {
        continue;
      }
      Figure before = named.get(0);
      Interval reckoned = up ? Figures.yuan(before).plus(Figures.yuan(move)) : Figures.yuan(before).minus(Figures.yuan(move));
      if (reckoned.intersects(Figures.yuan(after))) {
        continue;
      }
      BigDecimal exact = up ? before.yuan().add(move.yuan()) : before.yuan().subtract(move.yuan());
      String expected = Figures.money(exact, MoneyUnit.of(after.unit()), Math.max(0, after.value().scale()));
      out.add(Reckoned.finding(rule, SpendingLabels.label(after), after.text(), expected, before.text() + (up ? "追加" : "调减") + move.text(),
          before.text() + (up ? " plus " : " less ") + move.text(), after.evidence(), before.evidence(), move.evidence()));
    }
    return out;
  }

  /** Whether the figure is named a budget (年初预算, 项目预算), or is a part of one so named. */
  private static boolean budgetWorded(String text, List<Figure> fs, Figure f) {
    Figure named = f;
    if (f.partOf() != null) {
      named = fs.stream().filter(w -> f.partOf().equals(w.id())).findFirst().orElse(f);
    }
    String words = Sentences.clauseWords(text, named);
    return words.contains("预算") || words.contains("年初");
  }

  /** Where the sentence before the one starting at {@code sentence} starts, where a full stop ends that one on its line; else it. */
  private static int withTheSentenceBefore(String text, int sentence) {
    return sentence > 0 && text.charAt(sentence - 1) == '。' ? Sentences.start(text, sentence - 1) : sentence;
  }

  /**
   * The amount the carry-over at i is added to: the money figure right before it, outside parentheses, in its sentence or the one
   * before it in its paragraph, or the whole that one is a part of; or null.
   */
  private static Figure amountAddedTo(List<Figure> fs, int i, String text) {
    Figure carried = fs.get(i);
    for (int k = i - 1; k >= 0; k--) {
      Figure f = fs.get(k);
      if (f.evidence().end() > carried.evidence().start()) {
        return null; // (a form's figure, standing after the text's in the record)
      }
      String between = text.substring(f.evidence().end(), carried.evidence().start());
      if (between.indexOf('\n') >= 0 || between.indexOf('。') != between.lastIndexOf('。')) {
        return null;
      }
      if (!Figures.isMoney(f) || Sentences.inParentheses(text, f)) {
        continue;
      }
      if (f.op() != null || f.yuan() == null) {
        return null;
      }
      if (f.partOf() == null) {
        return f;
      }
      for (int w = k - 1; w >= 0; w--) {
        if (f.partOf().equals(fs.get(w).id())) {
          Figure whole = fs.get(w);
          return Figures.isMoney(whole) && whole.op() == null && whole.yuan() != null ? whole : null;
        }
      }
      return null;
    }
    return null;
  }

  /**
   * The net the words give, up or down, against the additions less the cuts; null where it holds. {@code added} names the additions
   * in the finding (追加, or 增加 where some were given the unit, 下达).
   */
  private static Finding netAgainstTheMoves(Rule rule, Figure net, boolean up, List<Figure> ups, List<Figure> downs, String added) {
    Interval sum = Interval.exact(BigDecimal.ZERO);
    for (Figure f : ups) {
      sum = sum.plus(Figures.yuan(f));
    }
    for (Figure f : downs) {
      sum = sum.minus(Figures.yuan(f));
    }
    Interval stated = up ? Figures.yuan(net) : Interval.exact(BigDecimal.ZERO).minus(Figures.yuan(net));
    if (sum.intersects(stated)) {
      return null;
    }
    BigDecimal exact = ups.stream().map(Figure::yuan).reduce(BigDecimal.ZERO, BigDecimal::add)
        .subtract(downs.stream().map(Figure::yuan).reduce(BigDecimal.ZERO, BigDecimal::add));
    String expected = Figures.money(exact.abs(), MoneyUnit.of(net.unit()), Math.max(0, net.value().scale()));
    List<Evidence> evidence = new ArrayList<>(List.of(net.evidence()));
    ups.forEach(f -> evidence.add(f.evidence()));
    downs.forEach(f -> evidence.add(f.evidence()));
    return Reckoned.finding(rule, "调整净额", net.text(), expected, added + ups.size() + "项减调减" + downs.size() + "项",
        ups.size() + " additions less " + downs.size() + " cuts", evidence.toArray(Evidence[]::new));
  }
}
