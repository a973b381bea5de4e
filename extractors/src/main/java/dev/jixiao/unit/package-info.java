/**
 * The reporting unit's place in the national division list (统计用区划代码): {@link
 * dev.jixiao.unit.DivisionIndex} holds the list, {@link dev.jixiao.unit.UnitResolver} reads a
 * report's place names and completes them only when exactly one division fits ("never guess",
 * record contract, section Unit).
 *
 * <p>How a resolution is reached, in order: {@code MentionFinder} matches every mentionable name
 * of the list ({@code PlaceNames}) and keeps those HanLP's segmentation accepts in context
 * ({@code Tokens}); {@code MentionTally} picks the township mentioned most (title and named
 * organs weigh more), else the county; {@code NamesBefore} rules out divisions that the names
 * written right before it contradict; {@code StatedNames} collects the higher-level names the
 * text states, and {@code Narrowing} keeps the candidates those names support best.
 */
package dev.jixiao.unit;
