package org.hotline.telephony.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hotline.telephony.TestConcurrency.concurrently;
import static org.hotline.telephony.TestContacts.randomMobile;
import static org.hotline.telephony.TestContacts.webMessage;
import static org.hotline.telephony.TestContacts.wechatMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.hotline.telephony.Attachment;
import org.hotline.telephony.Citizen;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.Contact;
import org.hotline.telephony.ContactAnswered;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.ContactConflictException;
import org.hotline.telephony.ContactReceipt;
import org.hotline.telephony.ContactReceived;
import org.hotline.telephony.ContactStatus;
import org.hotline.telephony.ContactStats;
import org.hotline.telephony.ContactResponseBreached;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InboundMessage;
import org.hotline.telephony.InvalidContactException;
import org.hotline.telephony.ResponseClock;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.TelephonyTestApplication.RecordedEvents;
import org.hotline.telephony.UnknownCitizenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ContactsIT extends TelephonyIntegrationSupport {

    @Autowired
    Contacts contacts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordedEvents events;
    @Autowired
    ContactLinker linker;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    org.springframework.transaction.support.TransactionTemplate transactions;

    @org.junit.jupiter.api.BeforeEach
    void transactions() {
        transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    @Test
    void storesAMessageAsAQueuedContactOfANewCitizen() {
        String phone = randomMobile();
        ContactReceipt receipt = contacts.receive(webMessage(id(), phone, "小区路灯坏了"));

        Contact contact = receipt.contact();
        assertThat(receipt.redelivery()).isFalse();
        assertThat(contact.contactNo()).matches("C\\d{10}");
        assertThat(contact.status()).isEqualTo(ContactStatus.QUEUED);
        assertThat(contact.identity()).isEqualTo(new CitizenIdentity(IdentityKind.PHONE, phone));
        assertThat(contact.responseClock()).isEqualTo(ResponseClock.RUNNING);
        assertThat(contact.responseDueAt()).isEqualTo(contact.receivedAt().plus(Duration.ofMinutes(3)));
        assertThat(contacts.find(contact.id())).contains(contact);
        assertThat(contact.citizenId()).as("not linked before the linker runs, or linked already").isNotNegative();
        Contact linked = linked(contact);
        assertThat(linked.citizenId()).isPositive();
        assertThat(contacts.citizen(linked.citizenId()).orElseThrow().phones()).containsExactly(phone);
        await().atMost(Duration.ofSeconds(30)).until(() -> events.of(ContactReceived.class).stream()
            .anyMatch(e -> e.contactId() == contact.id() && !e.urgent()));
    }

    @Test
    void aRedeliveryIsRecognisedAndStoredOnce() throws Exception {
        String externalId = id();
        String phone = randomMobile();
        List<ContactReceipt> receipts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            receipts.add(contacts.receive(webMessage(externalId, phone, "噪音扰民")));
        }
        String concurrentId = id();
        receipts.addAll(concurrently(20, () -> contacts.receive(webMessage(concurrentId, phone, "噪音扰民"))));

        assertThat(receipts.subList(0, 3)).extracting(r -> r.contact().id()).containsOnly(receipts.get(0).contact().id());
        assertThat(receipts.subList(1, 3)).allMatch(ContactReceipt::redelivery);
        assertThat(receipts.subList(3, 23)).extracting(r -> r.contact().id()).containsOnly(receipts.get(3).contact().id());
        assertThat(receipts.subList(3, 23)).filteredOn(r -> !r.redelivery()).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM telephony_contact WHERE external_id IN (?, ?)", externalId, concurrentId))
            .isEqualTo(2);
        receipts.forEach(r -> linked(r.contact()));
        assertThat(count("SELECT COUNT(*) FROM telephony_citizen_identity WHERE identity_value = ?", phone)).isEqualTo(1);
    }

    @Test
    void concurrentFirstMessagesOfOneNewCitizenMakeOneProfile() throws Exception {
        String phone = randomMobile();
        List<ContactReceipt> receipts = concurrently(10, () -> contacts.receive(webMessage(id(), phone, "咨询社保")));

        List<Long> citizens = receipts.stream().map(r -> linked(r.contact()).citizenId()).toList();
        assertThat(citizens).containsOnly(citizens.get(0));
        assertThat(count("SELECT COUNT(*) FROM telephony_contact WHERE identity_value = ?", phone)).isEqualTo(10);
    }

    @Test
    void aBurstOfConcurrentDeliveriesIsStoredExactlyAsOneAtATime() throws Exception {
        String earlier = id();
        ContactReceipt stored = contacts.receive(webMessage(earlier, randomMobile(), "早先来件"));
        List<String> phones = List.of(randomMobile(), randomMobile(), randomMobile(), randomMobile());
        String repeated = id();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        // 40 deliveries released together: 4 new citizens with 6 messages each, 8 copies of one new message and 8
        // redeliveries of the earlier one.
        List<ContactReceipt> receipts = concurrently(40, () -> {
            int n = next.getAndIncrement();
            if (n < 24) {
                return contacts.receive(webMessage(id(), phones.get(n % 4), "并发来件 " + n));
            }
            return n < 32 ? contacts.receive(webMessage(repeated, phones.get(0), "重复投递"))
                : contacts.receive(webMessage(earlier, randomMobile(), "早先来件"));
        });

        List<ContactReceipt> fresh = receipts.stream().filter(r -> !r.redelivery()).toList();
        assertThat(fresh).hasSize(25);
        assertThat(fresh).extracting(r -> r.contact().id()).doesNotHaveDuplicates();
        assertThat(receipts).filteredOn(r -> r.redelivery() && r.contact().id() == stored.contact().id()).hasSize(8);
        assertThat(receipts).filteredOn(r -> "重复投递".equals(r.contact().text())).extracting(r -> r.contact().id())
            .hasSize(8).containsOnly(receipts.stream().filter(r -> "重复投递".equals(r.contact().text()))
                .findFirst().orElseThrow().contact().id());
        fresh.forEach(r -> linked(r.contact()));
        for (String phone : phones) {
            List<Long> citizens = jdbc.queryForList("SELECT DISTINCT citizen_id FROM telephony_contact"
                + " WHERE identity_value = ?", Long.class, phone);
            assertThat(citizens).as("one profile for %s", phone).hasSize(1);
            assertThat(count("SELECT COUNT(*) FROM telephony_citizen_identity WHERE identity_value = ?", phone))
                .isEqualTo(1);
            // The automatic link is audited once, as it was stored: same citizen, address, actor and time.
            assertThat(count("SELECT COUNT(*) FROM telephony_citizen_link_audit a JOIN telephony_citizen_identity i"
                + " ON i.kind = a.kind AND i.identity_value = a.identity_value AND i.citizen_id = a.citizen_id"
                + " AND i.linked_by = a.actor AND i.linked_at = a.linked_at AND a.from_citizen_id IS NULL"
                + " WHERE a.identity_value = ?", phone)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM telephony_citizen_link_audit WHERE identity_value = ?", phone))
                .isEqualTo(1);
            assertThat(fresh).filteredOn(r -> r.contact().identity().value().equals(phone))
                .allMatch(r -> linked(r.contact()).citizenId() == citizens.get(0));
        }
        assertThat(count("SELECT COUNT(*) FROM telephony_contact WHERE external_id IN (?, ?)", earlier, repeated))
            .isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(events.of(ContactReceived.class))
            .filteredOn(e -> fresh.stream().anyMatch(r -> r.contact().id() == e.contactId())).hasSize(25));
    }

    @Test
    void aContactStoredInACallersTransactionIsLinkedOnlyAfterItCommits() {
        String phone = randomMobile();
        String rolledBack = id();
        transactions.executeWithoutResult(status -> {
            contacts.receive(webMessage(rolledBack, phone, "回滚的来件"));
            status.setRollbackOnly();
        });
        Contact committed = transactions.execute(status -> contacts.receive(webMessage(id(), phone, "提交的来件")))
            .contact();

        assertThat(linked(committed).citizenId()).isPositive();
        assertThat(count("SELECT COUNT(*) FROM telephony_contact WHERE external_id = ?", rolledBack)).isZero();
        assertThat(count("SELECT COUNT(*) FROM telephony_citizen_identity WHERE identity_value = ?", phone)).isEqualTo(1);
    }

    @Test
    void aContactLeftUnlinkedByAStoppedNodeIsLinkedByTheSweep() {
        String phone = randomMobile();
        String externalId = id();
        Instant received = Instant.now().minus(ContactLinker.SWEEP_AFTER).minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("INSERT INTO telephony_contact (channel, external_id, citizen_id, identity_kind, identity_value,"
            + " content_text, received_at, status, urgent, response_due_at) VALUES ('WEB', ?, NULL, 'PHONE', ?,"
            + " '节点停机前收到', ?, 'QUEUED', FALSE, ?)", externalId, phone, java.sql.Timestamp.from(received),
            java.sql.Timestamp.from(received.plusSeconds(180)));
        long id = count("SELECT id FROM telephony_contact WHERE external_id = ?", externalId);

        assertThat(linker.sweep()).isPositive();

        long citizenId = count("SELECT citizen_id FROM telephony_contact WHERE id = ?", id);
        assertThat(contacts.citizen(citizenId).orElseThrow().phones()).containsExactly(phone);
        assertThat(events.of(ContactReceived.class)).anyMatch(e -> e.contactId() == id);
        assertThat(linker.sweep()).as("nothing left for the next sweep").isZero();
    }

    @Test
    void urgentWordsJumpTheQueue() {
        Contact first = contacts.receive(webMessage(id(), randomMobile(), "路面有坑")).contact();
        Contact urgent = contacts.receive(webMessage(id(), randomMobile(), "楼道里有煤气味，怀疑燃气泄漏")).contact();

        assertThat(urgent.urgent()).isTrue();
        List<Long> queue = contacts.queue(null, ContactChannel.WEB, Contacts.QUEUE_LIMIT).stream().map(Contact::id).toList();
        assertThat(queue.indexOf(urgent.id())).isLessThan(queue.indexOf(first.id()));
        assertThat(queue.indexOf(urgent.id())).isLessThanOrEqualTo(
            (int) contacts.queue(null, ContactChannel.WEB, Contacts.QUEUE_LIMIT).stream().filter(Contact::urgent).count() - 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> events.of(ContactReceived.class).stream()
            .anyMatch(e -> e.contactId() == urgent.id() && e.urgent()));
    }

    @Test
    void onlyOneOfManyAgentsClaimsAContact() throws Exception {
        Contact contact = contacts.receive(webMessage(id(), randomMobile(), "占道经营")).contact();
        List<Object> outcomes = concurrently(20, new Callable<>() {
            private final java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public Object call() {
                String agent = "agent" + (100 + n.incrementAndGet());
                try {
                    return contacts.claim(contact.id(), agent);
                } catch (ContactConflictException e) {
                    return e;
                }
            }
        });

        List<Contact> wins = outcomes.stream().filter(Contact.class::isInstance).map(Contact.class::cast).toList();
        assertThat(wins).hasSize(1);
        assertThat(outcomes).filteredOn(ContactConflictException.class::isInstance).hasSize(19);
        assertThat(contacts.find(contact.id()).orElseThrow().claimedBy()).isEqualTo(wins.get(0).claimedBy());
    }

    @Test
    void theHolderReleasesAnswersAndOthersCannot() {
        Contact contact = contacts.receive(webMessage(id(), randomMobile(), "公积金怎么提取")).contact();
        contacts.claim(contact.id(), "agent1");

        assertThatThrownBy(() -> contacts.release(contact.id(), "agent2")).isInstanceOf(ContactConflictException.class);
        assertThatThrownBy(() -> contacts.directAnswer(contact.id(), "agent2", "答复"))
            .isInstanceOf(ContactConflictException.class);
        assertThat(contacts.release(contact.id(), "agent1").status()).isEqualTo(ContactStatus.QUEUED);

        contacts.claim(contact.id(), "agent2");
        Contact answered = contacts.directAnswer(contact.id(), "agent2", "携带身份证到公积金中心办理。");
        assertThat(answered.status()).isEqualTo(ContactStatus.ANSWERED);
        assertThat(answered.respondedAt()).isNotNull();
        assertThat(answered.responseClock()).isEqualTo(ResponseClock.MET);
        assertThat(events.of(ContactAnswered.class)).anyMatch(e -> e.contactId() == contact.id()
            && e.answer().equals("携带身份证到公积金中心办理。") && e.identity().equals(contact.identity()));
        assertThatThrownBy(() -> contacts.claim(contact.id(), "agent1")).isInstanceOf(ContactConflictException.class);
    }

    @Test
    void aTicketRegisteredFromAContactIsRecordedAndClosesWithIt() {
        Contact contact = contacts.receive(webMessage(id(), randomMobile(), "井盖缺失")).contact();
        contacts.claim(contact.id(), "agent1");
        String ticketNo = "JH20261207" + String.format("%06d", Math.floorMod(contact.id(), 1_000_000));

        Contact registered = contacts.ticketRegistered(contact.id(), "agent1", ticketNo);
        assertThat(registered.status()).isEqualTo(ContactStatus.TICKET_REGISTERED);
        assertThat(registered.ticketNo()).isEqualTo(ticketNo);
        assertThat(contacts.ofTicket(ticketNo)).extracting(Contact::id).containsExactly(contact.id());

        contacts.ticketClosed(ticketNo);
        assertThat(contacts.find(contact.id()).orElseThrow().status()).isEqualTo(ContactStatus.CLOSED);
    }

    @Test
    void oneCitizenAcrossChannelsLinkedByPhoneAndByHandWithAnAudit() {
        String phone = randomMobile();
        String openid = "o" + UUID.randomUUID().toString().replace("-", "");
        Contact web = linked(contacts.receive(webMessage(id(), phone, "网页来件")).contact());
        InboundMessage sms = new InboundMessage(ContactChannel.SMS, id(),
            List.of(CitizenIdentity.of(IdentityKind.PHONE, "+86 " + phone, "phone")), null, "短信来件", List.of(), null,
            null, null, null, Instant.now());
        Contact bySms = linked(contacts.receive(sms).contact());
        Contact byWechat = linked(contacts.receive(wechatMessage(id(), openid, "微信来件")).contact());

        assertThat(bySms.citizenId()).isEqualTo(web.citizenId());
        assertThat(byWechat.citizenId()).isNotEqualTo(web.citizenId());

        Citizen linked = contacts.link(web.citizenId(), CitizenIdentity.of(IdentityKind.WECHAT, openid, "value"), "agent1");
        assertThat(linked.identities()).extracting(i -> i.identity().value()).containsExactly(phone, openid);
        assertThat(linked.phones()).containsExactly(phone);
        Contact later = linked(contacts.receive(wechatMessage(id(), openid, "又一条微信")).contact());
        assertThat(later.citizenId()).isEqualTo(web.citizenId());
        assertThat(contacts.citizen(web.citizenId()).orElseThrow().contacts()).extracting(Contact::channel)
            .contains(ContactChannel.WEB, ContactChannel.SMS, ContactChannel.WECHAT);
        assertThat(count("SELECT COUNT(*) FROM telephony_citizen_link_audit WHERE citizen_id = ? AND actor = 'agent1'"
            + " AND from_citizen_id = ?", web.citizenId(), byWechat.citizenId())).isEqualTo(1);
        assertThatThrownBy(() -> contacts.link(-1, CitizenIdentity.of(IdentityKind.PHONE, phone, "value"), "agent1"))
            .isInstanceOf(UnknownCitizenException.class);
    }

    @Test
    void emojiAndScriptAreStoredAsTheyCame() {
        String text = "路灯坏了😡🚧 <script>alert(1)</script> '; DROP TABLE telephony_contact; --";
        Contact contact = contacts.receive(webMessage(id(), randomMobile(), text)).contact();

        assertThat(contacts.find(contact.id()).orElseThrow().text()).isEqualTo(text);
        assertThat(jdbc.queryForObject("SELECT content_text FROM telephony_contact WHERE id = ?", String.class,
            contact.id())).isEqualTo(text);
    }

    @Test
    void anInvalidMessageStoresNothing() {
        String externalId = id();
        String phone = randomMobile();
        InboundMessage tooLong = webMessage(externalId, phone, "长".repeat(InboundMessage.MAX_TEXT + 1));
        InboundMessage badAttachment = new InboundMessage(ContactChannel.WEB, externalId,
            List.of(CitizenIdentity.of(IdentityKind.PHONE, phone, "phone")), null, "附件",
            List.of(new Attachment("x.exe", "application/x-msdownload", 10, null)), null, null, null, null,
            Instant.now());

        assertThatThrownBy(() -> contacts.receive(tooLong)).isInstanceOf(InvalidContactException.class);
        assertThatThrownBy(() -> contacts.receive(badAttachment)).isInstanceOf(InvalidContactException.class)
            .satisfies(e -> assertThat(((InvalidContactException) e).errors()).containsKey("attachments[0].contentType"));
        assertThatThrownBy(() -> CitizenIdentity.of(IdentityKind.PHONE, "12345", "phone"))
            .isInstanceOf(InvalidContactException.class);
        assertThat(count("SELECT COUNT(*) FROM telephony_contact WHERE external_id = ?", externalId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM telephony_citizen_identity WHERE identity_value = ?", phone)).isZero();
    }

    @Test
    void theResponseClockNearsAndBreaches() {
        Instant now = Instant.now();
        Contact nearing = contacts.receive(new InboundMessage(ContactChannel.WEB, id(),
            List.of(CitizenIdentity.of(IdentityKind.PHONE, randomMobile(), "phone")), null, "等了一会儿", List.of(), null,
            null, null, null, now.minusSeconds(150))).contact();
        Contact breached = contacts.receive(new InboundMessage(ContactChannel.WEB, id(),
            List.of(CitizenIdentity.of(IdentityKind.PHONE, randomMobile(), "phone")), null, "等了很久", List.of(), null,
            null, null, null, now.minusSeconds(600))).contact();
        Contact email = contacts.receive(new InboundMessage(ContactChannel.EMAIL, id(),
            List.of(CitizenIdentity.of(IdentityKind.EMAIL, "Citizen@Example.cn", "from")), null, "邮件", List.of(),
            null, null, null, null, now.minusSeconds(600))).contact();

        assertThat(nearing.responseClock()).isEqualTo(ResponseClock.NEARING);
        assertThat(breached.responseClock()).isEqualTo(ResponseClock.BREACHED);
        assertThat(email.responseClock()).isEqualTo(ResponseClock.RUNNING);
        assertThat(email.identity().value()).isEqualTo("citizen@example.cn");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(ContactResponseBreached.class).stream()
            .anyMatch(e -> e.contactId() == breached.id()));
        assertThat(events.of(ContactResponseBreached.class)).noneMatch(e -> e.contactId() == nearing.id()
            || e.contactId() == email.id());
    }

    @Test
    void firstResponsesAndBreachesAreCountedByChannel() {
        Instant from = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ContactStats before = contacts.stats(from, Instant.now().plusSeconds(1));
        Contact late = contacts.receive(new InboundMessage(ContactChannel.APP, id(),
            List.of(CitizenIdentity.of(IdentityKind.PHONE, randomMobile(), "phone")), null, "晚了", List.of(), null,
            null, null, null, Instant.now().minusSeconds(600))).contact();
        Contact quick = contacts.receive(webMessage(id(), randomMobile(), "很快")).contact();
        contacts.receive(new InboundMessage(ContactChannel.APP, id(),
            List.of(CitizenIdentity.of(IdentityKind.PHONE, randomMobile(), "phone")), null, "没人理", List.of(), null,
            null, null, null, Instant.now().minusSeconds(900)));
        contacts.claim(late.id(), "agent1");
        contacts.directAnswer(late.id(), "agent1", "答复");
        contacts.claim(quick.id(), "agent1");
        contacts.directAnswer(quick.id(), "agent1", "答复");

        ContactStats after = contacts.stats(from, Instant.now().plusSeconds(1));
        ContactStats.ChannelFigures app = figures(after, ContactChannel.APP);
        ContactStats.ChannelFigures appBefore = figures(before, ContactChannel.APP);
        assertThat(app.received() - appBefore.received()).isEqualTo(2);
        assertThat(app.responded() - appBefore.responded()).isEqualTo(1);
        assertThat(app.breaches() - appBefore.breaches()).isEqualTo(2);
        assertThat(app.meanFirstResponseSeconds()).isGreaterThanOrEqualTo(0.0);
        assertThat(figures(after, ContactChannel.WEB).responded()).isGreaterThan(figures(before, ContactChannel.WEB).responded());
        assertThatThrownBy(() -> contacts.stats(Instant.now(), Instant.now().minusSeconds(1)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static ContactStats.ChannelFigures figures(ContactStats stats, ContactChannel channel) {
        return stats.channels().stream().filter(f -> f.channel() == channel).findFirst()
            .orElse(new ContactStats.ChannelFigures(channel, 0, 0, 0.0, 0));
    }

    /** The contact once the linker has linked it to its citizen profile. */
    private Contact linked(Contact received) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> contacts.find(received.id()).orElseThrow(),
            contact -> contact.citizenId() != 0);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
