package org.hotline.telephony.ami;

import java.util.List;
import java.util.Optional;

import org.hotline.telephony.AmiHealth;
import org.hotline.telephony.TelephonyUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Lifecycle of all configured AMI links; connects at start, logs off at stop. */
class AmiLinks implements SmartLifecycle, AmiHealth {

    private static final Logger log = LoggerFactory.getLogger(AmiLinks.class);

    private final List<AmiLink> links;
    private volatile boolean running;

    AmiLinks(AmiProperties properties, AmiEventTranslator translator, String queue) {
        this.links = properties.effectiveServers().stream()
                .map(server -> new AmiLink(server, properties, translator, queue))
                .toList();
    }

    @Override
    public void start() {
        if (links.isEmpty()) {
            log.info("AMI is off: no hotline.ami.host configured");
        }
        links.forEach(AmiLink::start);
        running = true;
    }

    @Override
    public void stop() {
        links.forEach(AmiLink::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean enabled() {
        return !links.isEmpty();
    }

    @Override
    public boolean allUp() {
        return links.stream().allMatch(AmiLink::isUp);
    }

    @Override
    public List<ServerHealth> servers() {
        return links.stream().map(AmiLink::health).toList();
    }

    /** @return the link to this server, if configured */
    Optional<AmiLink> byName(String name) {
        return links.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** @return the first link that is up, for actions not tied to a call */
    AmiLink anyUp() {
        if (links.isEmpty()) {
            throw new TelephonyUnavailableException("AMI is not configured");
        }
        return links.stream().filter(AmiLink::isUp).findFirst()
                .orElseThrow(() -> new TelephonyUnavailableException("no AMI link is up"));
    }

    List<AmiLink> allLinks() {
        return links;
    }
}
