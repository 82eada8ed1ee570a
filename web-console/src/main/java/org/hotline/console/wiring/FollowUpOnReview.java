package org.hotline.console.wiring;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.hotline.workflow.Actor;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.TicketView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Decorates the workflow's {@link TicketService}: whenever a command leaves a ticket at its follow-up (review
 * accepted, or any later path to that step), a survey score kept for one of the ticket's calls becomes the
 * follow-up at once ({@link SurveyFollowUps}). The workflow publishes no event for that step, and the façade is
 * its public contract, so the application watches the façade's answers rather than the workflow's insides.
 */
@Component
class FollowUpOnReview implements BeanPostProcessor {

    private final ObjectProvider<SurveyFollowUps> followUps;

    FollowUpOnReview(ObjectProvider<SurveyFollowUps> followUps) {
        this.followUps = followUps;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof TicketService target) || Proxy.isProxyClass(bean.getClass())
                && Proxy.getInvocationHandler(bean) instanceof Handler) {
            return bean;
        }
        return Proxy.newProxyInstance(TicketService.class.getClassLoader(), new Class<?>[] {TicketService.class},
                new Handler(target, followUps));
    }

    private record Handler(TicketService target, ObjectProvider<SurveyFollowUps> followUps)
            implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "FollowUpOnReview(" + target + ")";
                };
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof TicketView view && SurveyFollowUps.awaitsSurvey(view)
                    && args != null && args[args.length - 1] instanceof Actor actor) {
                return followUps.getObject().reachedFollowUp(view, actor);
            }
            return result;
        }
    }
}
