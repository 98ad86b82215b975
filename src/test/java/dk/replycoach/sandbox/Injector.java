package dk.replycoach.sandbox;

import javax.inject.Inject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Constructor injection the way Spring Scanner does it in the plugin: a class is built through its
 * {@code @Inject} constructor (or its only public one), each parameter is the registered object of
 * that type, and our own classes that nobody registered are built the same way, once. The sandbox
 * registers its stand-ins for Jira's components ({@code @ComponentImport}); everything of ours is
 * the real class.
 *
 * <p>A parameter nobody can supply fails at start with its type named: that is the place to add a
 * stand-in (see {@link Sandbox#services}).
 */
public final class Injector {
    private final Map<Class<?>, Object> registered = new LinkedHashMap<>();

    /** Makes {@code instance} what every parameter of type {@code type} receives. */
    public <T> T register(Class<T> type, T instance) {
        registered.put(type, instance);
        return instance;
    }

    /** The registered or already built object of this type, else a new singleton of our own class. */
    public synchronized <T> T get(Class<T> type) {
        Object direct = registered.get(type);
        if (direct != null) {
            return type.cast(direct);
        }
        List<Object> matches = new ArrayList<>();
        for (Object candidate : registered.values()) {
            if (type.isInstance(candidate) && !matches.contains(candidate)) {
                matches.add(candidate);
            }
        }
        if (matches.size() == 1) {
            return type.cast(matches.get(0));
        }
        if (matches.size() > 1) {
            throw new IllegalStateException("more than one object fits " + type.getName() + ": register one for the type itself");
        }
        if (!type.getName().startsWith("dk.replycoach.") || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalStateException("the sandbox has no stand-in for " + type.getName()
                    + ": register one in Sandbox.services()");
        }
        T built = build(type);
        registered.put(type, built);
        return built;
    }

    /** A new object of {@code type} (not kept), its parameters injected. */
    public <T> T build(Class<T> type) {
        Constructor<?> constructor = injectable(type);
        Class<?>[] params = constructor.getParameterTypes();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = get(params[i]);
        }
        try {
            constructor.setAccessible(true);
            return type.cast(constructor.newInstance(args));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("building " + type.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    private static Constructor<?> injectable(Class<?> type) {
        Constructor<?> only = null;
        int publicCount = 0;
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.isAnnotationPresent(Inject.class)) {
                return c;
            }
            if (Modifier.isPublic(c.getModifiers())) {
                only = c;
                publicCount++;
            }
        }
        if (publicCount == 1) {
            return only;
        }
        throw new IllegalStateException(type.getName() + " has no @Inject constructor and not exactly one public one");
    }
}
