package org.hotline.workflow.ticket;

import org.hotline.workflow.PersonalData;

/** The ticket views' names for the masking rules of {@link PersonalData}. Stateless and thread-safe. */
final class Masking {

    private Masking() {
    }

    /** @see PersonalData#maskPhone */
    static String phone(String phone) {
        return PersonalData.maskPhone(phone);
    }

    /** @see PersonalData#maskIdNumbers */
    static String idNumbers(String text) {
        return PersonalData.maskIdNumbers(text);
    }

    /** @see PersonalData#mask */
    static String personalData(String text) {
        return PersonalData.mask(text);
    }
}
