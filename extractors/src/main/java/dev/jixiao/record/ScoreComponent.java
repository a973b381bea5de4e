package dev.jixiao.record;

/** One part of a total score, e.g. 履职效能 49.37. */
public record ScoreComponent(String name, PlainNumber score) {}
