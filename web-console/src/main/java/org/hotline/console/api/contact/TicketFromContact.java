package org.hotline.console.api.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hotline.workflow.TicketType;
import org.hotline.workflow.Urgency;

/**
 * Body of {@code POST /api/contacts/{id}/ticket}: what the agent decided; everything left out is taken from the
 * contact (content, citizen's phone and name, address; urgent when the contact holds an urgent word). Codes, texts and
 * the phone are checked once, by the workflow's input rules ({@code Validation}, {@code Code}, {@code PhoneNumber}).
 */
record TicketFromContact(@NotNull TicketType type,
                         @NotBlank String categoryCode,
                         String districtCode,
                         String address,
                         Urgency urgency,
                         String citizenPhone,
                         String citizenName,
                         String content,
                         boolean confidential) {
}
