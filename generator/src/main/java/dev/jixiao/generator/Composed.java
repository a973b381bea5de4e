package dev.jixiao.generator;

import java.util.List;

/** A generated report before it is written in a format: its title, its blocks, its truth. */
public record Composed(String title, List<Block> blocks, Truth truth) {
  /** A heading (level 1 or 2) or a paragraph (level 0). */
  public record Block(int level, String text) {}

  /** The plain text: title, then one block per line. */
  public String text() {
    StringBuilder b = new StringBuilder(title).append('\n');
    for (Block block : blocks) {
      b.append(block.text()).append('\n');
    }
    return b.toString();
  }
}
