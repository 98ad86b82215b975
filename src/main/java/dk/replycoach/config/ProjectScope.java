package dk.replycoach.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Which projects Reply Coach checks: all of them, or only the listed keys. The list is kept when
 * "all" is chosen, so switching back and forth on the admin page does not lose it.
 */
public final class ProjectScope {
    private static final ProjectScope ALL = new ProjectScope(true, List.of());

    private final boolean all;
    private final List<String> keys;

    private ProjectScope(boolean all, List<String> keys) {
        this.all = all;
        this.keys = List.copyOf(new ArrayList<>(new LinkedHashSet<>(keys)));
    }

    public static ProjectScope all() {
        return ALL;
    }

    /** Every project; the listed keys are remembered for later. */
    public static ProjectScope all(List<String> rememberedKeys) {
        return new ProjectScope(true, rememberedKeys);
    }

    public static ProjectScope only(List<String> keys) {
        return new ProjectScope(false, keys);
    }

    public boolean isAll() {
        return all;
    }

    /** The listed keys, without duplicates, in the order given. */
    public List<String> keys() {
        return keys;
    }

    public boolean includes(String projectKey) {
        return all || projectKey != null && keys.contains(projectKey);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ProjectScope)) {
            return false;
        }
        ProjectScope other = (ProjectScope) o;
        return all == other.all && keys.equals(other.keys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(all, keys);
    }

    @Override
    public String toString() {
        return all ? "all" + (keys.isEmpty() ? "" : " (remembered " + keys + ")") : keys.toString();
    }
}
