/**
 * The dynamo-repo annotation processor. {@link dev.dynamorepo.processor.EntityProcessor} is the
 * thin shell javac loads; it runs each {@code @Table} type through the stages, one package each:
 * {@code read} (elements to model), {@code validate} (model to errors), {@code write} (model to
 * Java files), with {@code diag} carrying messages and positions. Nothing but the shell is API;
 * the stages' entry points are public only because Java packages require it.
 */
package dev.dynamorepo.processor;
