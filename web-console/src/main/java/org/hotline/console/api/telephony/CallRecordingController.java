package org.hotline.console.api.telephony;

import java.nio.file.Path;
import java.util.Locale;

import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;
import org.hotline.console.security.CurrentUsers;
import org.hotline.telephony.CallRecord;
import org.hotline.telephony.CallRecordings;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.UnknownCallException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketService;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import jakarta.validation.constraints.Size;

/**
 * {@code GET /api/calls/{id}/recording}: streams a call's recording (with {@code Range}) to those who may hear it —
 * the agent who took the call, supervisors, and a department that leads a ticket registered from the call, which
 * must say why ({@code ?reason=}). Every playback is audited. Anyone else gets 404 (the call is not theirs to know)
 * or 403 (their role never hears recordings).
 */
@RestController
@Validated
class CallRecordingController {

    private final CallRecords calls;
    private final CallRecordings recordings;
    private final TicketService tickets;
    private final CurrentUsers currentUsers;

    CallRecordingController(CallRecords calls, CallRecordings recordings, TicketService tickets,
                            CurrentUsers currentUsers) {
        this.calls = calls;
        this.recordings = recordings;
        this.tickets = tickets;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/calls/{id}/recording")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'DEPARTMENT')")
    ResponseEntity<Resource> recording(@PathVariable @Size(max = 64) String id,
                                       @RequestParam(required = false) @Size(max = 500) String reason) {
        CurrentUser user = currentUsers.current();
        CallRecord call = calls.find(id).orElseThrow(() -> new UnknownCallException(id));
        boolean allowed = switch (user.role()) {
            case SUPERVISOR -> true;
            case AGENT -> user.username().equals(call.agent());
            case DEPARTMENT -> leadsATicketOf(call, user);
            default -> false;
        };
        if (!allowed) {
            throw new UnknownCallException(id);
        }
        if (user.is(ConsoleRole.DEPARTMENT) && (reason == null || reason.isBlank())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "a department gives a reason (?reason=) to hear a recording");
        }
        Path file = recordings.fileOf(call.callId()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "the call has no recording (not recorded, not yet stored, or purged)"));
        recordings.audit(call.callId(), user.username(), user.role().name(), reason);
        return ResponseEntity.ok().contentType(mediaTypeOf(file)).body(new FileSystemResource(file));
    }

    private boolean leadsATicketOf(CallRecord call, CurrentUser user) {
        Actor actor = new Actor(user.username(), Actor.Role.DEPARTMENT, user.departmentCode());
        return call.ticketNos().stream().anyMatch(no -> {
            try {
                return tickets.find(TicketNo.parse(no), actor).isPresent();
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
    }

    private static MediaType mediaTypeOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".wav") || name.endsWith(".wav16")) {
            return MediaType.parseMediaType("audio/wav");
        }
        if (name.endsWith(".mp3")) {
            return MediaType.parseMediaType("audio/mpeg");
        }
        if (name.endsWith(".gsm")) {
            return MediaType.parseMediaType("audio/x-gsm");
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
