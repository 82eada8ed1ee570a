package org.hotline.console.api.channel;

import jakarta.servlet.http.HttpServletRequest;
import org.hotline.telephony.InvalidChannelMessageException;
import org.hotline.telephony.WeChatOfficialAccount;
import org.hotline.telephony.WeChatOfficialAccount.WeChatReply;
import org.hotline.telephony.WeChatOfficialAccount.WeChatRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WeChat official account's server address {@code /channel/wechat}: public, authenticated by WeChat's
 * signatures. 404 while the account is not configured. Bodies above 64 KiB are 413, malformed or DOCTYPE-bearing XML
 * 400 without resolving anything.
 */
@RestController
class WeChatController {

    static final int MAX_BODY_BYTES = 64 * 1024;

    private final WeChatOfficialAccount account;

    WeChatController(WeChatOfficialAccount account) {
        this.account = account;
    }

    @GetMapping(path = "/channel/wechat", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> handshake(@RequestParam(required = false) String signature,
                                     @RequestParam(required = false) String timestamp,
                                     @RequestParam(required = false) String nonce,
                                     @RequestParam(required = false) String echostr) {
        requireEnabled();
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
            .body(account.handshake(signature, timestamp, nonce, echostr));
    }

    @PostMapping("/channel/wechat")
    ResponseEntity<String> receive(@RequestParam(required = false) String signature,
                                   @RequestParam(required = false) String timestamp,
                                   @RequestParam(required = false) String nonce,
                                   @RequestParam(name = "encrypt_type", required = false) String encryptType,
                                   @RequestParam(name = "msg_signature", required = false) String msgSignature,
                                   HttpServletRequest request) {
        requireEnabled();
        byte[] body = InboundBodies.read(request, MAX_BODY_BYTES);
        InboundBodies.utf8(body);
        WeChatReply reply = account.receive(new WeChatRequest(signature, timestamp, nonce, encryptType, msgSignature,
            body));
        return ResponseEntity.ok().contentType(reply.xml() ? MediaType.APPLICATION_XML : MediaType.TEXT_PLAIN)
            .body(reply.body());
    }

    @ExceptionHandler(InvalidChannelMessageException.class)
    ResponseEntity<Object> invalid(InvalidChannelMessageException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(org.hotline.console.api.ApiProblems.problem(HttpStatus.BAD_REQUEST, "malformed-xml", e.getMessage()));
    }

    private void requireEnabled() {
        if (!account.enabled()) {
            throw new ChannelRequestException(HttpStatus.NOT_FOUND, "channel-off", "The WeChat channel is off.");
        }
    }
}
