package dev.jixiao.record;

import java.util.List;

/**
 * The reporting unit. Fields the document does not state are filled from the national division
 * list only when exactly one division fits; otherwise they stay null and {@code candidates} lists
 * every division that fits.
 */
public record Unit(
    String name,
    String township,
    String county,
    String city,
    String province,
    String divisionCode,
    List<DivisionRef> candidates,
    Evidence evidence) {

  public Unit {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }
}
