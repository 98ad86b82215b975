package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-only surrogate. Source: SAL com.atlassian.sal.api.user.UserKey (decompiled sal-api in public
 * repositories; SAL javadoc), jira-dc-reference.md C.4: a final class, constructor UserKey(String),
 * getStringValue(), fromLong(long), equals/hashCode/toString on the string value. Behaviour is
 * copied because tests compare keys.
 */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    public static UserKey fromLong(long userId) {
        return new UserKey(String.valueOf(userId));
    }

    @Override
    public String toString() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == UserKey.class && userkey.equals(((UserKey) o).userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }
}
