package org.gongkai.publishing.deid;

/**
 * Switches of the de-identification engine.
 *
 * @param maskAllNaturalPersons true (default): mask every natural person except court staff, prosecutors,
 *                              lawyers/legal-service workers and legal representatives of organisations
 *                              (spec 1.4, Gongkai practice); false: mask only the Art. 8 set.
 */
public record DeidOptions(boolean maskAllNaturalPersons) {
    public static DeidOptions defaults() {
        return new DeidOptions(true);
    }
}
