package dev.dynamorepo.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.dynamorepo.processor.model.ValueType;

/** Write: the runtime codec expression for a value type, e.g. {@code Codecs.list(Codecs.STRING)}. */
final class CodecWriter {
  private final SchemaNames names;

  CodecWriter(SchemaNames names) {
    this.names = names;
  }

  CodeBlock codec(ValueType type) {
    if (type instanceof ValueType.Scalar s) {
      return CodeBlock.of("$T.$L", Runtime.CODECS, s.codec());
    } else if (type instanceof ValueType.EnumOf e) {
      return CodeBlock.of("$T.forEnum($T.values())", Runtime.CODECS, e.type());
    } else if (type instanceof ValueType.ListOf l) {
      return CodeBlock.of("$T.list($L)", Runtime.CODECS, codec(l.element()));
    } else if (type instanceof ValueType.SetOf s) {
      return CodeBlock.of("$T.set($L)", Runtime.CODECS, codec(s.element()));
    } else if (type instanceof ValueType.MapOf m) {
      return CodeBlock.of("$T.map($L)", Runtime.CODECS, codec(m.value()));
    } else if (type instanceof ValueType.OptionalOf o) {
      return CodeBlock.of("$T.optional($L)", Runtime.CODECS, codec(o.inner()));
    } else if (type instanceof ValueType.NestedOf n) {
      return CodeBlock.of("$T.nested($T::$L, $T::$L)", Runtime.CODECS,
          names.schema(), names.encoder(n.type()), names.schema(), names.decoder(n.type()));
    } else if (type instanceof ValueType.Converted c) {
      return CodeBlock.of("$T.converter(new $T())", Runtime.CODECS, c.converter().converter());
    }
    throw new IllegalStateException("no codec for " + type + "; validation should have refused it");
  }
}
