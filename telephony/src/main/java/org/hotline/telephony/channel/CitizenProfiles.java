package org.hotline.telephony.channel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InboundMessage;
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
    private final BulkStatements bulk;

    CitizenProfiles(CitizenMapper mapper, BulkStatements bulk) {
        this.mapper = mapper;
        this.bulk = bulk;
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

    /**
     * As {@link #resolve} for each message in turn, in a few statements for all of them: one query for the known
     * addresses, one insert each for the new profiles, their addresses and the audit of those links. Messages of the
     * same new address share one new profile. A concurrent link of one of the new addresses elsewhere fails the
     * whole call ({@link DuplicateKeyException}); the caller's transaction must then be rolled back.
     *
     * @return the profile id of each message, in order
     */
    long[] resolveAll(List<InboundMessage> messages) {
        Map<CitizenIdentity, IdentityLink> addresses = new LinkedHashMap<>();
        for (InboundMessage message : messages) {
            for (CitizenIdentity identity : message.identities()) {
                addresses.computeIfAbsent(identity, CitizenProfiles::address);
            }
        }
        Map<CitizenIdentity, CitizenRow> owners = new HashMap<>();
        Map<Long, CitizenRow> known = new HashMap<>();
        for (IdentityLink link : bulk.linksOf(new ArrayList<>(addresses.values()))) {
            CitizenRow owner = known.computeIfAbsent(link.citizenId, id -> {
                CitizenRow row = new CitizenRow();
                row.id = id;
                row.name = link.citizenName;
                return row;
            });
            owners.put(new CitizenIdentity(IdentityKind.valueOf(link.kind), link.identityValue),
                owner);
        }
        List<CitizenRow> created = new ArrayList<>();
        List<CitizenRow> renamed = new ArrayList<>();
        Map<CitizenIdentity, CitizenRow> linked = new LinkedHashMap<>();
        CitizenRow[] ownerOf = new CitizenRow[messages.size()];
        for (int i = 0; i < messages.size(); i++) {
            InboundMessage message = messages.get(i);
            CitizenRow owner = message.identities().stream().map(owners::get).filter(Objects::nonNull).findFirst()
                .orElse(null);
            if (owner == null) {
                owner = new CitizenRow();
                owner.name = message.citizenName();
                owner.createdAt = message.receivedAt();
                created.add(owner);
            } else if (message.citizenName() != null && !message.citizenName().equals(owner.name)) {
                owner.name = message.citizenName();
                if (owner.id != null && !renamed.contains(owner)) {
                    renamed.add(owner);
                }
            }
            for (CitizenIdentity identity : message.identities()) {
                if (owners.putIfAbsent(identity, owner) == null) {
                    linked.put(identity, owner);
                }
            }
            ownerOf[i] = owner;
        }
        if (!created.isEmpty()) {
            bulk.insertCitizens(created);
        }
        if (!linked.isEmpty()) {
            List<IdentityLink> links = new ArrayList<>(linked.size());
            Instant at = messages.get(0).receivedAt();
            linked.forEach((identity, owner) -> {
                IdentityLink link = addresses.get(identity);
                link.citizenId = owner.id;
                link.linkedBy = SYSTEM;
                link.linkedAt = at;
                links.add(link);
            });
            bulk.insertLinks(links);
        }
        for (CitizenRow row : renamed) {
            mapper.updateName(row.id, row.name);
        }
        long[] ids = new long[ownerOf.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ownerOf[i].id;
        }
        return ids;
    }

    private static IdentityLink address(CitizenIdentity identity) {
        IdentityLink link = new IdentityLink();
        link.kind = identity.kind().name();
        link.identityValue = identity.value();
        return link;
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
