package dev.jixiao.record;

import java.math.BigDecimal;

/** A score or other unitless number as written. */
public record PlainNumber(String text, BigDecimal value, Evidence evidence) {}
