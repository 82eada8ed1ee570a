package org.hotline.telephony.channel;

import java.time.Instant;
import java.util.List;

import org.hotline.telephony.CitizenIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Finds or creates the citizen profile of a message's addresses and links the addresses to it. The unique index on
 * (kind, value) settles races between nodes: the loser of a race for a new address takes the winner's profile.
 */
@Component
class CitizenProfiles {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(CitizenProfiles.class);

    private final CitizenMapper mapper;

    CitizenProfiles(CitizenMapper mapper) {
        this.mapper = mapper;
    }

    /** @return the profile of the first known address, or a new one; every unknown address is linked to it */
    long resolve(List<CitizenIdentity> identities, String name, Instant at) {
        for (int attempt = 0; ; attempt++) {
            Long known = firstKnown(identities);
            if (known != null) {
                linkUnknown(known, identities, at);
                if (name != null) {
                    mapper.updateName(known, name);
                }
                return known;
            }
            long created = create(name, at);
            try {
                for (CitizenIdentity identity : identities) {
                    linkNew(created, identity, SYSTEM, at);
                }
                return created;
            } catch (DuplicateKeyException e) {
                // Another delivery linked one of these addresses first: drop our profile and take its one.
                mapper.deleteCitizen(created);
                if (attempt >= 2) {
                    throw e;
                }
                log.debug("citizen address linked concurrently; resolving again");
            }
        }
    }

    private void linkUnknown(long citizenId, List<CitizenIdentity> identities, Instant at) {
        for (CitizenIdentity identity : identities) {
            if (mapper.citizenOf(identity.kind().name(), identity.value()) == null) {
                try {
                    linkNew(citizenId, identity, SYSTEM, at);
                } catch (DuplicateKeyException e) {
                    log.debug("citizen address linked concurrently to another profile; left there");
                }
            }
        }
    }

    void linkNew(long citizenId, CitizenIdentity identity, String actor, Instant at) {
        mapper.insertIdentity(citizenId, identity.kind().name(), identity.value(), actor, at);
        mapper.insertAudit(citizenId, identity.kind().name(), identity.value(), null, actor, at);
    }

    private Long firstKnown(List<CitizenIdentity> identities) {
        for (CitizenIdentity identity : identities) {
            Long id = mapper.citizenOf(identity.kind().name(), identity.value());
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private long create(String name, Instant at) {
        CitizenRow row = new CitizenRow();
        row.name = name;
        row.createdAt = at;
        mapper.insertCitizen(row);
        return row.id;
    }
}
