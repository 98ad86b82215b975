package dk.replycoach.sandbox;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Atlassian's event publisher as Jira runs it for plugins: listeners register themselves, and
 * every public {@code @EventListener} method whose parameter fits gets the event, on the
 * publishing thread. The sandbox publishes an IssueEvent for each comment it adds, so the real
 * comment listener records SENT coaching events as it does in Jira.
 */
final class SandboxEvents implements EventPublisher {
    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        for (Object listener : listeners) {
            for (Method m : listener.getClass().getMethods()) {
                if (m.isAnnotationPresent(EventListener.class) && m.getParameterCount() == 1
                        && m.getParameterTypes()[0].isInstance(event)) {
                    try {
                        m.invoke(listener, event);
                    } catch (InvocationTargetException e) {
                        throw new IllegalStateException("listener " + m + " failed", e.getCause());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    @Override
    public void register(Object listener) {
        listeners.add(listener);
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    @Override
    public void unregisterAll() {
        listeners.clear();
    }
}
