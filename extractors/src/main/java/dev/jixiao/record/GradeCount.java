package dev.jixiao.record;

/** How many projects got a grade (or fell in a stated score group, e.g. 90分以上). */
public record GradeCount(String grade, Count count, Percent percent) {}
