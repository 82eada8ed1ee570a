package org.hotline.telephony;

import java.util.Optional;

/** The emergency services a 12345 agent hands a caller to at once. Targets are configuration. */
public enum EmergencyService {
    POLICE_110("110"),
    FIRE_119("119"),
    AMBULANCE_120("120"),
    TRAFFIC_122("122");

    private final String number;

    EmergencyService(String number) {
        this.number = number;
    }

    /** @return the public short number, e.g. {@code 110} */
    public String number() {
        return number;
    }

    /**
     * @param value a short number ({@code "110"}) or an enum name ({@code "POLICE_110"})
     * @return the service, empty when nothing matches
     */
    public static Optional<EmergencyService> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        for (EmergencyService service : values()) {
            if (service.number.equals(trimmed) || service.name().equalsIgnoreCase(trimmed)) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }
}
