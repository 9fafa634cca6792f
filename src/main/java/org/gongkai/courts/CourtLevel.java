package org.gongkai.courts;

import java.util.Arrays;

/** The level of a court in the hierarchy, with the Chinese label used in the reference table. */
public enum CourtLevel {
    SUPREME("最高"),
    HIGH("高级"),
    INTERMEDIATE("中级"),
    BASIC("基层"),
    /** Specialised courts: railway, maritime, IP, financial, forestry courts and the military court. */
    SPECIALISED("专门");

    private final String label;

    CourtLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CourtLevel fromLabel(String label) {
        return Arrays.stream(values())
                .filter(level -> level.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown court level: " + label));
    }
}
