package dev.jixiao.check.rules;

import dev.jixiao.record.Figure;

/**
 * Whether figures stand in parentheses ({@link Sentences#inParentheses}), asked in the text's order: one walk along the text
 * instead of a walk back to its line's start for each figure, which on a Word paragraph of many figures was most of the time of
 * the rules asking it of every figure. One per text and rule run; not shared.
 */
final class Asides {
  private final String text;
  /** How far the walk has come. */
  private int pos;
  /** Opening parentheses less closing ones from the line's start to {@link #pos}. */
  private int balance;
  /**
   * The least {@link #balance} before an opening parenthesis of the line: a figure is inside one exactly when more open than
   * close after it, which is when the balance at the figure is above this.
   */
  private int lowestBeforeAnOpening = Integer.MAX_VALUE;

  Asides(String text) {
    this.text = text;
  }

  boolean holds(Figure f) {
    int start = f.evidence().start();
    if (text == null || start < pos) {
      return Sentences.inParentheses(text, f); // asked out of order
    }
    for (; pos < start && pos < text.length(); pos++) {
      char c = text.charAt(pos);
      if (c == '\n') {
        balance = 0;
        lowestBeforeAnOpening = Integer.MAX_VALUE;
      } else if (c == '(' || c == '（') {
        lowestBeforeAnOpening = Math.min(lowestBeforeAnOpening, balance);
        balance++;
      } else if (c == ')' || c == '）') {
        balance--;
      }
    }
    return balance > lowestBeforeAnOpening;
  }
}
