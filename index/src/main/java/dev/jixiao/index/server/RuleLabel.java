package dev.jixiao.index.server;

/**
 * A cross-check rule as the page names it ({@code /api/rules}): the index module does not know
 * the rules, so the command that starts the server hands them in.
 */
public record RuleLabel(String id, String severity, String zh, String en) {}
