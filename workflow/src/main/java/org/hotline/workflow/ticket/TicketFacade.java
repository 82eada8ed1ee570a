package org.hotline.workflow.ticket;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hotline.workflow.Actor;
import org.hotline.workflow.DirectAnswer;
import org.hotline.workflow.Dispatch;
import org.hotline.workflow.ExtensionRequest;
import org.hotline.workflow.FollowUp;
import org.hotline.workflow.RegisterTicket;
import org.hotline.workflow.RevealField;
import org.hotline.workflow.ReviewDecision;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketPage;
import org.hotline.workflow.TicketQuery;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.OverdueTicket;
import org.hotline.workflow.TimelineEntry;
import org.hotline.workflow.VoidedTicketNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link TicketService} over the lifecycle's phases: {@link IntakeCommands}, {@link DepartmentWork},
 * {@link ClosingCommands} and {@link TicketReads}. Each command is one transaction; registration opens its own
 * (see {@link IntakeCommands#register}).
 */
@Service
@Transactional
class TicketFacade implements TicketService {
    private final IntakeCommands intake;
    private final DepartmentWork work;
    private final ClosingCommands closing;
    private final TicketReads reads;

    TicketFacade(IntakeCommands intake, DepartmentWork work, ClosingCommands closing, TicketReads reads) {
        this.intake = intake;
        this.work = work;
        this.closing = closing;
        this.reads = reads;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public TicketView register(RegisterTicket command, Actor actor) {
        return intake.register(command, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TicketView> find(TicketNo no, Actor actor) {
        return reads.find(no, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TicketView> findAll(List<TicketNo> numbers, Actor actor) {
        return reads.findAll(numbers, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OverdueTicket> overdueNow(int limit, Actor actor) {
        return reads.overdueNow(limit, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public TicketPage search(TicketQuery query, Actor actor) {
        return reads.search(query, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(TicketNo no, Actor actor) {
        return reads.timeline(no, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public List<VoidedTicketNumber> voidedNumbers(LocalDate day, Actor actor) {
        return reads.voidedNumbers(day, actor);
    }

    @Override
    public TicketView directAnswer(TicketNo no, DirectAnswer command, Actor actor) {
        return intake.directAnswer(no, command, actor);
    }

    @Override
    public TicketView dispatch(TicketNo no, Dispatch command, Actor actor) {
        return intake.dispatch(no, command, actor);
    }

    @Override
    public TicketView sign(TicketNo no, Actor actor) {
        return work.sign(no, actor);
    }

    @Override
    public TicketView returnTicket(TicketNo no, String reason, Actor actor) {
        return work.returnTicket(no, reason, actor);
    }

    @Override
    public TicketView addNote(TicketNo no, String text, Actor actor) {
        return work.addNote(no, text, actor);
    }

    @Override
    public TicketView requestExtension(TicketNo no, ExtensionRequest request, Actor actor) {
        return work.requestExtension(no, request, actor);
    }

    @Override
    public TicketView approveExtension(TicketNo no, String note, Actor actor) {
        return work.approveExtension(no, note, actor);
    }

    @Override
    public TicketView denyExtension(TicketNo no, String reason, Actor actor) {
        return work.denyExtension(no, reason, actor);
    }

    @Override
    public TicketView awaitCitizen(TicketNo no, String reason, Actor actor) {
        return work.awaitCitizen(no, reason, actor);
    }

    @Override
    public TicketView resumeFromCitizen(TicketNo no, String note, Actor actor) {
        return work.resumeFromCitizen(no, note, actor);
    }

    @Override
    public TicketView reply(TicketNo no, String text, Actor actor) {
        return work.reply(no, text, actor);
    }

    @Override
    public TicketView review(TicketNo no, ReviewDecision decision, Actor actor) {
        return closing.review(no, decision, actor);
    }

    @Override
    public TicketView followUp(TicketNo no, FollowUp followUp, Actor actor) {
        return closing.followUp(no, followUp, actor);
    }

    @Override
    public TicketView merge(TicketNo duplicate, TicketNo main, Actor actor) {
        return closing.merge(duplicate, main, actor);
    }

    @Override
    public TicketView escalate(TicketNo no, Integer level, String note, Actor actor) {
        return work.escalate(no, level, note, actor);
    }

    @Override
    public TicketView answerEscalation(TicketNo no, String text, Actor actor) {
        return work.answerEscalation(no, text, actor);
    }

    @Override
    public TicketView close(TicketNo no, String note, Actor actor) {
        return closing.close(no, note, actor);
    }

    @Override
    public TicketView redispatch(TicketNo no, String streetDepartmentCode, String note, Actor actor) {
        return work.redispatch(no, streetDepartmentCode, note, actor);
    }

    @Override
    public TicketView contribute(TicketNo no, String text, Actor actor) {
        return work.contribute(no, text, actor);
    }

    @Override
    public String reveal(TicketNo no, RevealField field, String reason, Actor actor) {
        return reads.reveal(no, field, reason, actor);
    }
}
