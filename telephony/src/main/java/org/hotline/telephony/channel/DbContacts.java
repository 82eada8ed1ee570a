package org.hotline.telephony.channel;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hotline.telephony.Citizen;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.Contact;
import org.hotline.telephony.ContactAnswered;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.ContactClaimed;
import org.hotline.telephony.ContactConflictException;
import org.hotline.telephony.ContactReceipt;
import org.hotline.telephony.ContactReleased;
import org.hotline.telephony.ContactResponseBreached;
import org.hotline.telephony.ContactStats;
import org.hotline.telephony.ContactStatus;
import org.hotline.telephony.ContactTicketRegistered;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.InboundMessage;
import org.hotline.telephony.InvalidContactException;
import org.hotline.telephony.UnknownCitizenException;
import org.hotline.telephony.UnknownContactException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DbContacts implements Contacts {

    private static final Logger log = LoggerFactory.getLogger(DbContacts.class);

    private final ContactMapper contacts;
    private final CitizenMapper citizens;
    private final CitizenProfiles profiles;
    private final ChannelProperties properties;
    private final ApplicationEventPublisher events;
    private final ContactLinker linker;

    DbContacts(ContactMapper contacts, CitizenMapper citizens, CitizenProfiles profiles, ChannelProperties properties,
               ApplicationEventPublisher events, ContactLinker linker) {
        this.contacts = contacts;
        this.citizens = citizens;
        this.profiles = profiles;
        this.properties = properties;
        this.events = events;
        this.linker = linker;
    }

    @Override
    public ContactReceipt receive(InboundMessage message) {
        message.validate();
        // One statement, as a redelivery is refused by the unique index; the profile follows (ContactLinker).
        ContactRow row = rowOf(message);
        try {
            contacts.insert(row);
        } catch (DuplicateKeyException e) {
            ContactRow first = contacts.findByExternalId(row.channel, message.externalId());
            if (first == null) {
                throw e;
            }
            return new ContactReceipt(toContact(first), true);
        }
        linker.link(row, message);
        return new ContactReceipt(toContact(row), false);
    }

    private ContactRow rowOf(InboundMessage message) {
        CitizenIdentity replyTo = message.identities().get(0);
        ContactRow row = new ContactRow();
        row.channel = message.channel().name();
        row.externalId = message.externalId();
        row.identityKind = replyTo.kind().name();
        row.identityValue = replyTo.value();
        row.citizenName = message.citizenName();
        row.contentText = message.text();
        row.attachmentsJson = ContactRow.attachmentsJson(message.attachments());
        if (message.location() != null) {
            row.latitude = message.location().latitude();
            row.longitude = message.location().longitude();
            row.locationLabel = message.location().label();
        }
        row.categoryHint = message.categoryHint();
        row.districtHint = message.districtHint();
        row.address = message.address();
        row.receivedAt = message.receivedAt().truncatedTo(ChronoUnit.SECONDS);
        row.status = ContactStatus.QUEUED.name();
        row.urgent = isUrgent(message.text());
        row.responseDueAt = row.receivedAt.plus(properties.getResponseClock().limitOf(message.channel()));
        return row;
    }

    @Override
    public List<Contact> queue(ContactStatus status, ContactChannel channel, int limit) {
        if (limit < 1 || limit > QUEUE_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + QUEUE_LIMIT);
        }
        return contacts.queue(status == null ? null : status.name(), channel == null ? null : channel.name(), limit)
            .stream().map(this::toContact).toList();
    }

    @Override
    public Optional<Contact> find(long id) {
        return Optional.ofNullable(contacts.findById(id)).map(this::toContact);
    }

    @Override
    public Optional<Contact> findByExternalId(ContactChannel channel, String externalId) {
        if (channel == null || externalId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(contacts.findByExternalId(channel.name(), externalId)).map(this::toContact);
    }

    @Override
    public List<Contact> ofTicket(String ticketNo) {
        return ticketNo == null ? List.of() : contacts.ofTicket(ticketNo).stream().map(this::toContact).toList();
    }

    @Override
    @Transactional
    public Contact claim(long id, String agent) {
        requireAgent(agent);
        Instant now = now();
        if (contacts.claim(id, agent, now) == 0) {
            Contact current = require(id);
            throw new ContactConflictException(current.status() == ContactStatus.CLAIMED
                ? "contact " + current.contactNo() + " is claimed by another agent"
                : "contact " + current.contactNo() + " is " + current.status().name().toLowerCase(Locale.ROOT), current.status());
        }
        events.publishEvent(new ContactClaimed(id, Contact.numberOf(id), agent, now));
        return require(id);
    }

    @Override
    @Transactional
    public Contact release(long id, String agent) {
        requireAgent(agent);
        if (contacts.release(id, agent) == 0) {
            throw notHolder(require(id));
        }
        events.publishEvent(new ContactReleased(id, Contact.numberOf(id), agent, now()));
        return require(id);
    }

    @Override
    @Transactional
    public Contact directAnswer(long id, String agent, String answer) {
        requireAgent(agent);
        if (answer == null || answer.isBlank() || answer.length() > InboundMessage.MAX_TEXT) {
            throw new InvalidContactException(Map.of("answer", "1.." + InboundMessage.MAX_TEXT + " characters"));
        }
        Instant now = now();
        if (contacts.answer(id, agent, answer.strip(), now) == 0) {
            throw notHolder(require(id));
        }
        Contact contact = require(id);
        events.publishEvent(new ContactAnswered(id, contact.contactNo(), contact.channel(), contact.identity(),
            contact.answer(), agent, now));
        return contact;
    }

    @Override
    @Transactional
    public Contact ticketRegistered(long id, String agent, String ticketNo) {
        requireAgent(agent);
        if (ticketNo == null || ticketNo.isBlank() || ticketNo.length() > 32) {
            throw new InvalidContactException(Map.of("ticketNo", "1..32 characters"));
        }
        Instant now = now();
        if (contacts.linkTicket(id, agent, ticketNo, now) == 0) {
            throw notHolder(require(id));
        }
        Contact contact = require(id);
        events.publishEvent(new ContactTicketRegistered(id, contact.contactNo(), contact.channel(),
            contact.identity(), ticketNo, agent, now));
        return contact;
    }

    @Override
    @Transactional
    public void ticketClosed(String ticketNo) {
        if (ticketNo != null) {
            contacts.closeOfTicket(ticketNo);
        }
    }

    @Override
    public Optional<Citizen> citizen(long citizenId) {
        CitizenRow row = citizens.findCitizen(citizenId);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new Citizen(row.id, row.name,
            citizens.identitiesOf(citizenId).stream().map(IdentityRow::toLinked).toList(),
            contacts.ofCitizen(citizenId, HISTORY_LIMIT).stream().map(this::toContact).toList(), row.createdAt));
    }

    @Override
    public Optional<Long> citizenOf(CitizenIdentity identity) {
        return Optional.ofNullable(citizens.citizenOf(identity.kind().name(), identity.value()));
    }

    @Override
    @Transactional
    public Citizen link(long citizenId, CitizenIdentity identity, String agent) {
        requireAgent(agent);
        if (citizens.findCitizen(citizenId) == null) {
            throw new UnknownCitizenException(citizenId);
        }
        Instant now = now();
        Long current = citizens.citizenOf(identity.kind().name(), identity.value());
        if (current == null) {
            profiles.linkNew(citizenId, identity, agent, now);
        } else if (current != citizenId) {
            citizens.moveIdentity(citizenId, identity.kind().name(), identity.value(), agent, now);
            citizens.insertAudit(citizenId, identity.kind().name(), identity.value(), current, agent, now);
        }
        log.info("{} linked {} to citizen {}", agent, identity.masked(), citizenId);
        return citizen(citizenId).orElseThrow();
    }

    @Override
    public ContactStats stats(Instant from, Instant to) {
        if (from == null || to == null || from.isAfter(to) || Duration.between(from, to).toDays() > 366) {
            throw new IllegalArgumentException("from and to are required, from not after to, at most one year apart");
        }
        return new ContactStats(from, to, contacts.stats(from, to, now()).stream()
            .map(ChannelFiguresRow::toFigures).toList());
    }

    /**
     * Publishes {@link ContactResponseBreached} once for each open contact whose clock ran out, each in its own
     * transaction (so listeners after commit see it).
     *
     * @return how many were published
     */
    public int publishBreaches(org.springframework.transaction.support.TransactionTemplate transactions) {
        int published = 0;
        for (ContactRow row : contacts.findBreached(now(), 100)) {
            Boolean marked = transactions.execute(status -> {
                if (contacts.markBreachNotified(row.id) == 0) {
                    return false;
                }
                events.publishEvent(new ContactResponseBreached(row.id, Contact.numberOf(row.id),
                    ContactChannel.valueOf(row.channel), row.responseDueAt));
                return true;
            });
            if (Boolean.TRUE.equals(marked)) {
                log.info("contact {} breached its response clock (due {})", Contact.numberOf(row.id), row.responseDueAt);
                published++;
            }
        }
        return published;
    }

    /** Whole seconds: the database connection drops fractions (Connector/J {@code sendFractionalSeconds=false}). */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private boolean isUrgent(String text) {
        return text != null && properties.getUrgentWords().stream()
            .anyMatch(word -> !word.isBlank() && text.contains(word));
    }

    private Contact require(long id) {
        return find(id).orElseThrow(() -> new UnknownContactException(id));
    }

    private static ContactConflictException notHolder(Contact contact) {
        return new ContactConflictException("contact " + contact.contactNo() + " is not claimed by you (it is "
            + contact.status().name().toLowerCase(Locale.ROOT) + ")", contact.status());
    }

    private static void requireAgent(String agent) {
        if (agent == null || agent.isBlank() || agent.length() > 64) {
            throw new InvalidContactException(Map.of("agent", "1..64 characters"));
        }
    }

    private Contact toContact(ContactRow row) {
        return row.toContact(Instant.now(), properties.getResponseClock().getWarningPercent());
    }
}
