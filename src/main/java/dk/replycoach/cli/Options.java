package dk.replycoach.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options: {@code --name value} pairs and the remaining positional arguments. */
final class Options {
    private static final Set<String> WITH_VALUE = Set.of("--lang", "--ui-lang", "--customer", "--format", "--csv",
            "--column", "--id-column", "--customer-column", "--input", "--out");

    private final Map<String, String> values;
    private final List<String> positional;

    private Options(Map<String, String> values, List<String> positional) {
        this.values = values;
        this.positional = positional;
    }

    static Options parse(String[] args) throws UsageException {
        Map<String, String> values = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                if (!WITH_VALUE.contains(name)) {
                    throw new UsageException("unknown option " + name);
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args[++i];
                }
                if (values.put(name, value) != null) {
                    throw new UsageException(name + " given twice");
                }
            } else {
                positional.add(a);
            }
        }
        return new Options(values, positional);
    }

    String get(String name) {
        return values.get(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value, which must be one of the allowed ones. */
    String oneOf(String name, String fallback, String... allowed) throws UsageException {
        String v = get(name, fallback);
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw new UsageException(name + " must be one of " + String.join(", ", allowed) + " (got '" + v + "')");
    }

    List<String> positional() {
        return positional;
    }
}
