package org.hotline.console.api.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hotline.workflow.TicketType;
import org.hotline.workflow.Urgency;

/**
 * Body of {@code POST /api/contacts/{id}/ticket}: what the agent decided; everything left out is taken from the
 * contact (content, citizen's phone and name, address; urgent when the contact holds an urgent word).
 */
record TicketFromContact(@NotNull TicketType type,
                         @NotBlank @Size(max = 16) String categoryCode,
                         @Size(max = 16) String districtCode,
                         @Size(max = 200) String address,
                         Urgency urgency,
                         @Size(max = 32) String citizenPhone,
                         @Size(max = 50) String citizenName,
                         @Size(min = 1, max = 4000) String content,
                         boolean confidential) {
}
