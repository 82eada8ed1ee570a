package org.hotline.console.api.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code Idempotency-Key} of POST requests: the first request with a key runs and its answer is stored with the
 * key (table {@code console_idempotency_key}, for {@code hotline.idempotency.ttl}); a later request with the same key
 * and the same body gets the stored answer without running again, one with another body gets 409. The key row is
 * written in the same transaction as the request's work, so concurrent requests with one key wait for the first and
 * then replay its answer, and a failed request leaves no key behind. Thread-safe.
 */
@Component
public class IdempotentRequests {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

    private final IdempotencyMapper mapper;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Duration ttl;

    IdempotentRequests(IdempotencyMapper mapper, PlatformTransactionManager transactionManager, ObjectMapper json,
                       @Value("${hotline.idempotency.ttl:24h}") Duration ttl) {
        this.mapper = mapper;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
        this.ttl = ttl;
    }

    /**
     * Runs {@code work} once per key and body; without a key it simply runs it.
     *
     * @param scope   whose keys these are (e.g. {@code web:demo}, {@code tickets:agent1}), at most 80 characters
     * @param key     the header's value, or null
     * @param request the request body as received (its SHA-256 identifies "the same body")
     * @param work    the request's work; runs inside the key's transaction
     * @return the work's answer, or the stored answer of the first request with this key
     * @throws IllegalArgumentException       when the key is not 1..64 letters, digits or {@code _.:-}
     * @throws IdempotencyKeyReusedException when the key came before with another body
     */
    public ResponseEntity<?> execute(String scope, String key, byte[] request, Supplier<ResponseEntity<?>> work) {
        if (key == null) {
            return work.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Idempotency-Key must be 1..64 letters, digits or _.:-");
        }
        String hash = sha256(request);
        return transactions.execute(status -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            mapper.deleteExpired(scope, key, now);
            try {
                mapper.insert(scope, key, hash, now, now.plus(ttl));
            } catch (DuplicateKeyException e) {
                return replay(scope, key, hash);
            }
            ResponseEntity<?> answer = work.get();
            URI location = answer.getHeaders().getLocation();
            mapper.complete(scope, key, answer.getStatusCode().value(),
                location == null ? null : location.toString(), write(answer.getBody()));
            return answer;
        });
    }

    /** Keys live for the TTL; expired ones are dropped hourly (and individually when their key comes again). */
    @Scheduled(fixedDelayString = "${hotline.idempotency.purge-interval:1h}", initialDelayString = "1m")
    void purge() {
        int purged = mapper.purge(Instant.now());
        if (purged > 0) {
            log.info("{} expired idempotency keys purged", purged);
        }
    }

    private ResponseEntity<?> replay(String scope, String key, String hash) {
        StoredAnswer stored = mapper.find(scope, key);
        if (stored == null || !stored.requestHash.equals(hash)) {
            throw new IdempotencyKeyReusedException();
        }
        if (stored.responseStatus == null) {
            // Only possible when the first request's transaction is still open on a connection we share: refuse.
            throw new IdempotencyKeyReusedException();
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.valueOf(stored.responseStatus))
            .contentType(MediaType.APPLICATION_JSON);
        if (stored.responseLocation != null) {
            builder.location(URI.create(stored.responseLocation));
        }
        return builder.body(stored.responseBody);
    }

    private String write(Object body) {
        try {
            return body == null ? null : json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer not serialisable", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the bytes of a request's JSON text, for requests whose body arrives already parsed */
    public byte[] bytesOf(Object request) {
        try {
            return json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request not serialisable", e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @MapperScan(basePackageClasses = IdempotentRequests.class, annotationClass = Mapper.class)
    static class Mappers {
    }
}
