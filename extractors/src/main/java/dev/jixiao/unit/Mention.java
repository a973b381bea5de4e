package dev.jixiao.unit;

import dev.jixiao.unit.Division.Level;
import java.util.Set;

/**
 * A name of the division list found in a text.
 *
 * @param levels the levels at which the list has this name and it counts as a mention (东莞市 is a
 *     city and a county)
 * @param namesUnit whether an organ of government follows (古饶镇人民政府, 新造镇人民代表大会): that is
 *     how a report names its own unit, while a bare name may be a neighbour or a phrase (新城镇建设)
 */
record Mention(int start, int end, String name, Set<Level> levels, boolean namesUnit) {}
