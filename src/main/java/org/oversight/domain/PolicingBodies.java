package org.oversight.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who answers for a territorial force under section 55 of the Police Act 1996: its local policing body (a police and
 * crime commissioner, a police, fire and crime commissioner, Durham's police, crime and victims' commissioner, the
 * Mayor's Office for Policing and Crime, a mayor, or the City of London Corporation) on a given day. The body changed
 * over time for some forces (Essex became a PFCC in 2017, West Yorkshire's PCC functions passed to its mayor in
 * 2021), so a ledger must ask for the body on the report's date. Loaded from {@code policing-bodies.tsv}, which says
 * where each fact comes from and which ones are unverified.
 */
public final class PolicingBodies {
  private static final PolicingBodies INSTANCE = new PolicingBodies(Resources.lines("policing-bodies.tsv"));

  /**
   * One body's term for one force.
   *
   * @param force the force's canonical name, as in {@code forces.tsv}
   * @param kind pcc, pfcc, pcvc, mopac, mayor or corporation
   * @param name the body as a reader knows it ("Police, Fire and Crime Commissioner for Essex")
   * @param from first day it answered for the force, or null if since before the list begins
   * @param to last day it answered, or null if it still does
   * @param source where the fact comes from; says "unverified" when it is not from a page read
   */
  public record Body(String force, String kind, String name, LocalDate from, LocalDate to, String source) {
    /** Whether the term is backed by a page read rather than general knowledge. */
    public boolean verified() {
      return !source.contains("unverified");
    }

    boolean covers(LocalDate day) {
      return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
  }

  private final Map<String, List<Body>> byForce = new LinkedHashMap<>();

  PolicingBodies(List<String> tsv) {
    for (String line : tsv) {
      String[] c = line.split("\t", -1);
      if (c.length < 6 || c[0].equals("force")) continue;
      byForce.computeIfAbsent(c[0], k -> new ArrayList<>())
          .add(new Body(c[0], c[3], c[4], date(c[1]), date(c[2]), c[5]));
    }
  }

  /** The shared list loaded from the project's resources. */
  public static PolicingBodies standard() {
    return INSTANCE;
  }

  /**
   * The body that answered for a force on a day; empty for a force the list does not hold (a non-territorial one)
   * or a day before its bodies' terms (before police and crime commissioners, in November 2012).
   *
   * @param force a canonical force name ({@link Forces#resolve} turns an alias into one)
   */
  public Optional<Body> bodyFor(String force, LocalDate date) {
    for (Body b : byForce.getOrDefault(force, List.of())) {
      if (b.covers(date)) return Optional.of(b);
    }
    return Optional.empty();
  }

  /** Every body that has answered for a force, oldest first; empty for a force the list does not hold. */
  public List<Body> history(String force) {
    return List.copyOf(byForce.getOrDefault(force, List.of()));
  }

  /** The forces the list covers, in the order of {@code forces.tsv}. */
  public List<String> forces() {
    return List.copyOf(byForce.keySet());
  }

  private static LocalDate date(String s) {
    return s.isBlank() ? null : LocalDate.parse(s.strip());
  }
}
