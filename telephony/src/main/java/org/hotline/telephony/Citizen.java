package org.hotline.telephony;

import java.time.Instant;
import java.util.List;

/**
 * One citizen across channels: every address linked to the profile and the contacts that came from them.
 *
 * @param id         the profile id
 * @param name       the latest name the citizen gave, or null
 * @param identities every linked address, in the order they were linked
 * @param contacts   the citizen's most recent contacts over every channel, newest first (at most
 *                   {@link Contacts#HISTORY_LIMIT})
 * @param createdAt  when the profile was created
 */
public record Citizen(long id, String name, List<LinkedIdentity> identities, List<Contact> contacts,
        Instant createdAt) {

    public Citizen {
        identities = List.copyOf(identities);
        contacts = List.copyOf(contacts);
    }

    /** @return the linked phone numbers, in the order they were linked */
    public List<String> phones() {
        return identities.stream().map(LinkedIdentity::identity).filter(i -> i.kind() == IdentityKind.PHONE)
            .map(CitizenIdentity::value).toList();
    }

    /**
     * @param identity the address
     * @param linkedBy {@code system} when linked automatically, else the agent who linked it by hand
     * @param linkedAt when
     */
    public record LinkedIdentity(CitizenIdentity identity, String linkedBy, Instant linkedAt) {
    }
}
