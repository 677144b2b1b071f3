/**
 * What generated schemas and repositories call: codecs for every supported attribute type, the
 * {@link dev.dynamorepo.runtime.support.EntitySchema} that describes an entity to the runtime, and
 * the Enhanced Client {@code TableSchema} adapter.
 *
 * <p>Users rarely touch this package directly; it is public because generated code lives in the
 * user's packages. Everything else in the runtime's implementation is in {@code internal}.
 */
package dev.dynamorepo.runtime.support;
