package org.gongkai.search.query;

/** The paging cursor was not produced by this engine for this sort order (or was damaged). */
public class BadCursorException extends IllegalArgumentException {
  public BadCursorException(String message) {
    super(message);
  }
}
