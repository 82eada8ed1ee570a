package org.hotline.workflow;

/**
 * Command: a department asks for more time (延期).
 *
 * @param workingDays additional working days, 1..30
 * @param reason      required, at most {@value Validation#SHORT_TEXT} characters
 */
public record ExtensionRequest(int workingDays, String reason) {

    /** @throws InvalidTicketException when the days are out of range or the reason blank/oversize */
    public void validate() {
        new Validation().range("workingDays", workingDays, 1, 30).text("reason", reason, true, Validation.SHORT_TEXT).throwIfInvalid();
    }
}
