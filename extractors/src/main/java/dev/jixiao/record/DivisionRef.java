package dev.jixiao.record;

/** One administrative division a unit could be, by its 9-digit township code. */
public record DivisionRef(String divisionCode, String province, String city, String county, String township) {}
