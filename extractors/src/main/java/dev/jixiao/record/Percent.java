package dev.jixiao.record;

import java.math.BigDecimal;

/** A percentage as written: {@code value} 62.18 for 62.18%. */
public record Percent(String text, BigDecimal value, Evidence evidence) {}
