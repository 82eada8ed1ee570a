package org.hotline.console.json;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.hotline.knowledge.KbStatus;
import org.hotline.telephony.AgentState;
import org.hotline.telephony.CallbackOutcome;
import org.hotline.telephony.CallbackStatus;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.ContactStatus;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.NoticeKind;
import org.hotline.telephony.ResponseClock;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.EmergencyService;
import org.hotline.telephony.IvrChoice;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Card;
import org.hotline.workflow.Channel;
import org.hotline.workflow.Closure;
import org.hotline.workflow.DayKind;
import org.hotline.workflow.DepartmentKind;
import org.hotline.workflow.DistrictLevel;
import org.hotline.workflow.EscalationAudience;
import org.hotline.workflow.EscalationStatus;
import org.hotline.workflow.KpiGroupBy;
import org.hotline.workflow.LevelTrigger;
import org.hotline.workflow.RepeatReport;
import org.hotline.workflow.RevealField;
import org.hotline.workflow.TicketType;
import org.hotline.workflow.Urgency;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;

/**
 * How the API spells the modules' enums, in one place: the vocabulary enums below are lower-case words
 * ({@code "direct_answer"}, {@code "wechat"}), emergency services their short number ({@code "110"}), the figures'
 * groupings lower camel case ({@code "categoryGroup"}); every other
 * enum keeps its constant's name ({@code TicketStatus} {@code "IN_PROGRESS"}). The same spelling applies to JSON
 * bodies, push payloads and request parameters. Reading accepts any case and {@code -} for {@code _}, and the
 * constant's name. Immutable and thread-safe.
 */
public final class ApiEnumWords {

    private static final Map<Class<? extends Enum<?>>, Function<Enum<?>, String>> WORDS = new LinkedHashMap<>();

    static {
        for (Class<? extends Enum<?>> type : java.util.List.<Class<? extends Enum<?>>>of(Channel.class,
                TicketType.class, Urgency.class, Closure.class, RevealField.class, Actor.Role.class, DayKind.class,
                DepartmentKind.class, DistrictLevel.class, Disposition.class, CallbackStatus.class, CallbackOutcome.class,
                AgentState.class,
                IvrChoice.class, KbStatus.class, Card.class, EscalationAudience.class, EscalationStatus.class,
                LevelTrigger.class, RepeatReport.Kind.class, ContactChannel.class, ContactStatus.class,
                IdentityKind.class, ResponseClock.class, NoticeKind.class)) {
            WORDS.put(type, value -> value.name().toLowerCase(Locale.ROOT));
        }
        WORDS.put(EmergencyService.class, value -> ((EmergencyService) value).number());
        WORDS.put(KpiGroupBy.class, ApiEnumWords::lowerCamel);
    }

    private ApiEnumWords() {
    }

    /** {@code CATEGORY_GROUP} → {@code categoryGroup}, the analytics contract's spelling of its groupings. */
    private static String lowerCamel(Enum<?> value) {
        StringBuilder word = new StringBuilder();
        for (String part : value.name().toLowerCase(Locale.ROOT).split("_")) {
            word.append(word.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return word.toString();
    }

    /** @return the enums with a word of their own */
    public static Set<Class<? extends Enum<?>>> types() {
        return WORDS.keySet();
    }

    /** @return the API's word for the value */
    public static String word(Enum<?> value) {
        Function<Enum<?>, String> word = WORDS.get(value.getDeclaringClass());
        return word == null ? value.name() : word.apply(value);
    }

    /**
     * @return the constant whose word or name the text is
     * @throws IllegalArgumentException when none is
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("missing " + type.getSimpleName());
        }
        String trimmed = text.trim();
        String name = trimmed.replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (word(constant).equalsIgnoreCase(trimmed) || constant.name().equalsIgnoreCase(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + text);
    }

    /** @return a Jackson module writing and reading the words */
    public static Module module() {
        SimpleModule module = new SimpleModule("ApiEnumWords");
        for (Class<? extends Enum<?>> type : WORDS.keySet()) {
            register(module, type);
        }
        return module;
    }

    /** Registers request-parameter converters for the words. */
    public static void addConverters(FormatterRegistry registry) {
        for (Class<? extends Enum<?>> type : WORDS.keySet()) {
            converter(registry, type);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void converter(FormatterRegistry registry, Class type) {
        registry.addConverter(String.class, type, (Converter<String, Enum>) text -> parse(type, text));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(SimpleModule module, Class type) {
        module.addSerializer(type, new WordSerializer(type));
        module.addKeySerializer(type, new WordKeySerializer(type));
        module.addDeserializer(type, new WordDeserializer(type));
    }

    private static final class WordSerializer<E extends Enum<E>> extends StdSerializer<E> {
        WordSerializer(Class<E> type) {
            super(type);
        }

        @Override
        public void serialize(E value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(word(value));
        }
    }

    /** Writes the word as a map key (e.g. counts by channel). */
    private static final class WordKeySerializer<E extends Enum<E>> extends StdSerializer<E> {
        WordKeySerializer(Class<E> type) {
            super(type);
        }

        @Override
        public void serialize(E value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeFieldName(word(value));
        }
    }

    private static final class WordDeserializer<E extends Enum<E>> extends StdDeserializer<E> {
        private final Class<E> type;

        WordDeserializer(Class<E> type) {
            super(type);
            this.type = type;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            try {
                return parse(type, text);
            } catch (IllegalArgumentException e) {
                return (E) context.handleWeirdStringValue(type, text, e.getMessage());
            }
        }
    }
}
