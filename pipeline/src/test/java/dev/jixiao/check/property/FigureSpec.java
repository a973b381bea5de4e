package dev.jixiao.check.property;

/**
 * A labelled figure of a synthetic report. Its value is {@code values.get(key)}; {@code key} is
 * also its record id, and {@code partOf} the key of the total it is a part of.
 */
record FigureSpec(String key, String label, String op, String role, String partOf, Boolean partsClosed) {}
