package com.atlassian.sal.api.transaction;

/**
 * Compile-only copy of SAL's {@code TransactionCallback}. Checked against the SAL javadoc
 * (docs.atlassian.com/sal-api, "TransactionCallback") and its generic use in
 * {@code com.atlassian.activeobjects.internal.TransactionManager} (AO plugin 2.0.1 xref:
 * {@code <T> T doInTransaction(TransactionCallback<T> callback)}).
 */
public interface TransactionCallback<T> {
    T doInTransaction();
}
