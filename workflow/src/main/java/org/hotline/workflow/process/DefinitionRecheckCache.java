package org.hotline.workflow.process;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DefaultCacheFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: process definitions are taken from the engine's deployment cache without reading their row again
 * for {@link #RECHECK_NANOS} (5 s) after the last read.
 *
 * <p>The engine reads a definition's row whenever a command starts an instance by id or first touches an instance
 * of it (completing a task, correlating a message, firing a timer), only to refresh the fields that can change
 * after deployment: suspension state and history time to live. This application changes neither, so an operator
 * who does so with another tool sees it take effect within five seconds instead of at once. The history event
 * producer, which reads the row for the definition's key and name when it has not been read in the same command,
 * takes them from the deployment cache too: they never change.
 */
@Component
class DefinitionRecheckCache extends AbstractProcessEnginePlugin {
    static final long RECHECK_NANOS = 5_000_000_000L;
    /** The engine's default capacity, which this replacement cache keeps. */
    private static final int CAPACITY = 1000;

    /** Nanosecond clock of the recheck interval; tests replace it. */
    volatile LongSupplier ticker = System::nanoTime;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryEventProducer() == null) {
            configuration.setHistoryEventProducer(new DeployedDefinitionHistoryEventProducer());
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // Replaces the cache the engine has just built (empty still), keeping the engine's deployers.
        RecheckingCache cache = new RecheckingCache();
        cache.setDeployers(configuration.getDeployers());
        configuration.setDeploymentCache(cache);
    }

    private final class RecheckingCache extends DeploymentCache {
        private final Map<String, Long> readAt = new ConcurrentHashMap<>();

        RecheckingCache() {
            super(new DefaultCacheFactory(), CAPACITY);
        }

        @Override
        public ProcessDefinitionEntity findDeployedProcessDefinitionById(String id) {
            long now = ticker.getAsLong();
            Long last = readAt.get(id);
            if (last != null && now - last >= 0 && now - last < RECHECK_NANOS) {
                ProcessDefinitionEntity cached = findProcessDefinitionFromCache(id);
                if (cached != null) {
                    return cached;
                }
            }
            ProcessDefinitionEntity read = super.findDeployedProcessDefinitionById(id);
            readAt.put(id, now);
            return read;
        }
    }

    private static final class DeployedDefinitionHistoryEventProducer extends CacheAwareHistoryEventProducer {
        @Override
        protected ProcessDefinitionEntity getProcessDefinitionEntity(String processDefinitionId) {
            ProcessDefinitionEntity deployed = Context.getProcessEngineConfiguration().getDeploymentCache()
                    .findProcessDefinitionFromCache(processDefinitionId);
            return deployed != null ? deployed : super.getProcessDefinitionEntity(processDefinitionId);
        }
    }
}
