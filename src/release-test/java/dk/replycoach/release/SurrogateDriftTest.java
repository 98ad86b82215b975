package dk.replycoach.release;

import org.junit.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The drift guard, run only by the release builds (-Pjira9, -Pjira10) where the real Atlassian
 * jars are on the test classpath: every surrogate the offline build compiles against must match the
 * real class. Same kind (interface, annotation, final class), every member the surrogate declares
 * exists in the real class with the same generic signature and checked exceptions, and the
 * surrogate's supertypes are supertypes of the real class. A surrogate may declare fewer members
 * than the real class, never different ones.
 */
public class SurrogateDriftTest {
    private final Path classes = Path.of(System.getProperty("replycoach.surrogates.classes", "target/surrogate-classes"));

    /** Loads the surrogate of a class from its own directory, everything else from the real classpath. */
    private static final class SurrogateLoader extends URLClassLoader {
        SurrogateLoader(Path dir, ClassLoader real) throws IOException {
            super(new URL[] {dir.toUri().toURL()}, real);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && findResource(name.replace('.', '/') + ".class") != null) {
                    c = findClass(name);
                }
                return c != null ? c : super.loadClass(name, resolve);
            }
        }
    }

    @Test
    public void everySurrogateMatchesTheRealClass() throws Exception {
        List<String> names = surrogateClassNames();
        assertTrue("surrogates compiled to " + classes, names.size() > 10);
        List<String> drift = new ArrayList<>();
        try (SurrogateLoader loader = new SurrogateLoader(classes, getClass().getClassLoader())) {
            for (String name : names) {
                Class<?> surrogate = loader.loadClass(name);
                Class<?> real;
                try {
                    real = Class.forName(name, false, getClass().getClassLoader());
                } catch (ClassNotFoundException e) {
                    drift.add(name + ": no such class in the real jars");
                    continue;
                }
                compare(surrogate, real, drift);
            }
        }
        assertEquals("surrogates that differ from the real Atlassian classes", List.of(), drift);
    }

    private static void compare(Class<?> s, Class<?> r, List<String> drift) {
        if (kind(s) != kind(r)) {
            drift.add(s.getName() + ": is a " + kind(s) + ", the real one a " + kind(r));
        }
        if (Modifier.isFinal(s.getModifiers()) != Modifier.isFinal(r.getModifiers()) && !s.isInterface()) {
            drift.add(s.getName() + ": final differs");
        }
        Set<String> realSupertypes = supertypes(r);
        for (String sup : supertypes(s)) {
            if (!realSupertypes.contains(sup)) {
                drift.add(s.getName() + ": the real class is no " + sup);
            }
        }
        Set<String> realMembers = members(r);
        for (String m : members(s)) {
            if (!realMembers.contains(m)) {
                drift.add(s.getName() + ": " + m + " is not in the real class");
            }
        }
    }

    private static String kind(Class<?> c) {
        return c.isAnnotation() ? "annotation" : c.isInterface() ? "interface" : c.isEnum() ? "enum" : "class";
    }

    private static Set<String> supertypes(Class<?> c) {
        Set<String> out = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(c);
        while (!todo.isEmpty()) {
            Class<?> x = todo.pop();
            if (x.getSuperclass() != null && x.getSuperclass() != Object.class) {
                out.add(x.getSuperclass().getName());
                todo.add(x.getSuperclass());
            }
            for (Class<?> i : x.getInterfaces()) {
                out.add(i.getName());
                todo.add(i);
            }
        }
        return out;
    }

    /** Public and protected members as comparable strings: generic signature plus thrown types. */
    private static Set<String> members(Class<?> c) {
        Set<String> out = new HashSet<>();
        for (Method m : c.getDeclaredMethods()) {
            if (visible(m.getModifiers()) && !m.isSynthetic()) {
                out.add(signature(m, m.getGenericReturnType().getTypeName() + " " + m.getName()));
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (visible(k.getModifiers()) && !k.isSynthetic()) {
                out.add(signature(k, "<init>"));
            }
        }
        for (Field f : c.getDeclaredFields()) {
            if (visible(f.getModifiers()) && Modifier.isStatic(f.getModifiers())) {
                out.add("field " + f.getGenericType().getTypeName() + " " + f.getName());
            }
        }
        // Inherited members count too: a surrogate may flatten a hierarchy the real class has.
        for (Method m : c.getMethods()) {
            out.add(signature(m, m.getGenericReturnType().getTypeName() + " " + m.getName()));
        }
        return out;
    }

    private static String signature(Executable e, String head) {
        String params = Arrays.stream(e.getGenericParameterTypes()).map(t -> t.getTypeName()).collect(Collectors.joining(","));
        String throwsList = Arrays.stream(e.getExceptionTypes()).map(Class::getName).sorted().collect(Collectors.joining(","));
        return head + "(" + params + ") throws " + throwsList + (Modifier.isStatic(e.getModifiers()) ? " static" : "");
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private List<String> surrogateClassNames() throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replace(".class", ""))
                    .sorted().collect(Collectors.toList());
        }
    }
}
