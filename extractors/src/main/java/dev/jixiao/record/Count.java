package dev.jixiao.record;

/** A count of things; Chinese numerals are read (三十六 → 36). */
public record Count(String text, int value, Evidence evidence) {}
