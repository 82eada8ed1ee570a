package org.hotline.telephony;

import java.util.Optional;

/** The caller's choice in the IVR main menu, carried by the channel variable {@code IVR_CHOICE}. */
public enum IvrChoice {
    /** Key 1: consultation (咨询). */
    CONSULTATION("1"),
    /** Key 2: complaint or report (投诉举报). */
    COMPLAINT("2"),
    /** Key 3: ticket status self-service (工单查询). */
    TICKET_STATUS("3"),
    /** Key 0: straight to an agent. */
    AGENT("0");

    private final String key;

    IvrChoice(String key) {
        this.key = key;
    }

    /** @return the DTMF key, also the value of {@code IVR_CHOICE} */
    public String key() {
        return key;
    }

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param key a DTMF key or channel variable value; may be {@code null} or blank
     * @return the choice, empty when the key is not a menu key
     */
    public static Optional<IvrChoice> ofKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String trimmed = key.trim();
        for (IvrChoice choice : values()) {
            if (choice.key.equals(trimmed)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
