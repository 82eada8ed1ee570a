package org.hotline.console.api.channel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Reads inbound channel bodies safely: bounded in bytes (declared or chunked), strictly decoded. */
final class InboundBodies {

    private InboundBodies() {
    }

    /**
     * @return the raw body, at most {@code limit} bytes
     * @throws ChannelRequestException 413 when the body (declared length or actual bytes) exceeds the limit
     */
    static byte[] read(HttpServletRequest request, int limit) {
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + n > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ChannelRequestException(HttpStatus.BAD_REQUEST, "unreadable-body", "The body could not be read.");
        }
    }

    /** @throws ChannelRequestException 400 {@code invalid-encoding} when the bytes are not valid UTF-8 */
    static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ChannelRequestException(HttpStatus.BAD_REQUEST, "invalid-encoding", "The body is not valid UTF-8.");
        }
    }

    /**
     * @throws ChannelRequestException 415 unless the content type is {@code expected} (or a {@code +json}/{@code +xml}
     *                                 variant of it) with no charset or UTF-8
     */
    static void requireMediaType(String contentType, MediaType expected) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            type = null;
        }
        boolean accepted = type != null && expected.isCompatibleWith(type) && !type.isWildcardSubtype()
            && (type.getParameter("charset") == null
                || "utf-8".equalsIgnoreCase(type.getParameter("charset").replace("\"", "")));
        if (!accepted) {
            throw new ChannelRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Send " + expected + " in UTF-8.");
        }
    }

    private static ChannelRequestException tooLarge(int limit) {
        return new ChannelRequestException(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
            "The request body exceeds " + limit + " bytes.");
    }
}
