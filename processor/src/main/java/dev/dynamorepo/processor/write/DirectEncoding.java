package dev.dynamorepo.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.dynamorepo.processor.model.ValueType;
import java.util.Map;

/**
 * Write: the common scalar types encoded in line ({@code AttributeValue.createS(entity.name())})
 * rather than through their codec, as careful hand-written code would: no boxing, no codec call,
 * the same text as the codec (the codec tests and the wire-form tests pin both). Types whose
 * encoding checks or delegates (float, double, java.time types with offsets, Duration) keep the
 * codec.
 */
final class DirectEncoding {
  /** Codec constant -> format of the {@code AttributeValue} expression, {@code $L} being the value. */
  private static final Map<String, String> BY_CODEC = Map.ofEntries(
      Map.entry("STRING", "$T.createS($L)"),
      Map.entry("BOOLEAN", "$T.createBool($L)"),
      Map.entry("LONG", "$T.createN(Long.toString($L))"),
      Map.entry("INTEGER", "$T.createN(Integer.toString($L))"),
      Map.entry("SHORT", "$T.createN(Short.toString($L))"),
      Map.entry("BYTE", "$T.createN(Byte.toString($L))"),
      Map.entry("BIG_DECIMAL", "$T.createN($L.toString())"),
      Map.entry("BIG_INTEGER", "$T.createN($L.toString())"),
      Map.entry("INSTANT", "$T.createS($L.toString())"),
      Map.entry("UUID_CODEC", "$T.createS($L.toString())"),
      Map.entry("LOCAL_DATE", "$T.createS($L.toString())"),
      Map.entry("LOCAL_DATE_TIME", "$T.createS($L.toString())"),
      Map.entry("LOCAL_TIME", "$T.createS($L.toString())"));

  private DirectEncoding() {}

  /**
   * The in-line encoding of a value, or null when the type goes through its codec.
   *
   * @param type the value's type
   * @param value the expression reading the value (evaluated once per use)
   * @return an {@code AttributeValue} expression, or null
   */
  static CodeBlock of(ValueType type, CodeBlock value) {
    if (type instanceof ValueType.EnumOf) {
      return CodeBlock.of("$T.createS($L.toString())", Runtime.ATTRIBUTE_VALUE, value);
    }
    if (type instanceof ValueType.Scalar s && BY_CODEC.containsKey(s.codec())) {
      return CodeBlock.of(BY_CODEC.get(s.codec()), Runtime.ATTRIBUTE_VALUE, value);
    }
    return null;
  }
}
