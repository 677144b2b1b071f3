package dev.dynamorepo.runtime.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The codecs that hold other values: lists and sets, maps, {@code Optional}s and nested records or
 * beans, behind {@link Codecs}' factories. Each checks the stored type it reads (the test it needs
 * anyway to pick the value's field, made strict) and puts its segment in front of the path of a
 * {@link DecodeFailure} that comes out of a child, so a failure names {@code lines[2].sku}.
 */
final class Containers {
  private Containers() {}

  /** A list or map element: null and values that encode to nothing are stored as {@code NUL}. */
  static <T> AttributeValue encodeElement(Codec<T> codec, T value) {
    AttributeValue encoded = value == null ? null : codec.encode(value);
    return encoded == null ? AttributeValue.createNul(true) : encoded;
  }

  static int capacity(int size) {
    return (int) (size / 0.75f) + 1;
  }

  /** Refuses a value not stored as {@code expected}; {@code sdk} is the same type in the SDK's enum. */
  static void expect(AttributeValue value, AttributeValue.Type sdk, StoredType expected) {
    if (value.type() != sdk) {
      throw DecodeFailure.storedAs(value, expected);
    }
  }

  /**
   * Lists (L) and sets (SS, NS, BS) in one class, element by element; an empty set is not stored
   * (DynamoDB refuses empty sets) and a missing one reads back as null.
   */
  static final class CollectionCodec<T, C extends Collection<T>> implements Codec<C> {
    private final StoredType type;
    private final AttributeValue.Type sdk;
    private final Codec<T> element;

    CollectionCodec(StoredType type, Codec<T> element) {
      this.type = type;
      this.sdk = type.sdkType();
      this.element = element;
    }

    @Override
    @SuppressWarnings("unchecked")
    public AttributeValue encode(C value) {
      if (type == StoredType.L) {
        List<AttributeValue> out = new ArrayList<>(value.size());
        if (value instanceof RandomAccess) {
          List<T> list = (List<T>) value;
          for (int i = 0, size = list.size(); i < size; i++) {
            out.add(encodeElement(element, list.get(i)));
          }
        } else {
          for (T v : value) {
            out.add(encodeElement(element, v));
          }
        }
        return AttributeValue.createL(out);
      }
      if (value.isEmpty()) {
        return null;
      }
      if (element == Codecs.STRING) { // the common set: copy the strings straight into the request
        return AttributeValue.createSs(new ArrayList<>((Collection<String>) value));
      }
      if (type == StoredType.BS) {
        List<SdkBytes> bytes = new ArrayList<>(value.size());
        for (T v : value) {
          bytes.add(element.encode(v).b());
        }
        return AttributeValue.createBs(bytes);
      }
      List<String> strings = new ArrayList<>(value.size());
      for (T v : value) {
        AttributeValue e = element.encode(v);
        strings.add(type == StoredType.SS ? e.s() : e.n());
      }
      return type == StoredType.SS ? AttributeValue.createSs(strings) : AttributeValue.createNs(strings);
    }

    @Override
    @SuppressWarnings("unchecked")
    public C decode(AttributeValue value) {
      expect(value, sdk, type);
      return type == StoredType.L ? (C) list(value) : (C) set(value);
    }

    private List<T> list(AttributeValue value) {
      List<AttributeValue> raw = value.l();
      List<T> out = new ArrayList<>(raw.size());
      int i = 0;
      try {
        for (AttributeValue r : raw) {
          out.add(element.decodeNullable(r));
          i++;
        }
      } catch (DecodeFailure f) {
        throw f.inList(value, i);
      }
      return out;
    }

    private Set<T> set(AttributeValue value) {
      Set<T> out;
      try {
        if (type == StoredType.BS) {
          List<SdkBytes> raw = value.bs();
          out = new LinkedHashSet<>(capacity(raw.size()));
          for (SdkBytes r : raw) {
            out.add(element.decodeNullable(AttributeValue.createB(r)));
          }
        } else {
          boolean ss = type == StoredType.SS;
          List<String> raw = ss ? value.ss() : value.ns();
          out = new LinkedHashSet<>(capacity(raw.size()));
          for (String r : raw) {
            out.add(element.decodeNullable(ss ? AttributeValue.createS(r) : AttributeValue.createN(r)));
          }
        }
      } catch (DecodeFailure f) {
        throw f.inSet(value); // an element that is no value of its type, such as an SS of UUIDs
      }
      return out;
    }

    @Override
    public StoredType storedType() {
      return type;
    }
  }

  /** A map with string keys as M; null values are stored as {@code NUL}. */
  static final class MapCodec<T> implements Codec<Map<String, T>> {
    private final Codec<T> valueCodec;

    MapCodec(Codec<T> valueCodec) {
      this.valueCodec = valueCodec;
    }

    @Override
    public AttributeValue encode(Map<String, T> value) {
      Map<String, AttributeValue> out = new LinkedHashMap<>(capacity(value.size()));
      for (Map.Entry<String, T> e : value.entrySet()) {
        out.put(e.getKey(), encodeElement(valueCodec, e.getValue()));
      }
      return AttributeValue.createM(out);
    }

    @Override
    public Map<String, T> decode(AttributeValue value) {
      expect(value, AttributeValue.Type.M, StoredType.M);
      Map<String, T> out = new LinkedHashMap<>(capacity(value.m().size()));
      try {
        for (Map.Entry<String, AttributeValue> e : value.m().entrySet()) {
          out.put(e.getKey(), valueCodec.decodeNullable(e.getValue()));
        }
      } catch (DecodeFailure f) {
        throw f.inMap(value);
      }
      return out;
    }

    @Override
    public StoredType storedType() {
      return StoredType.M;
    }
  }

  /** A nested record or bean as M, through the generated item functions. */
  static final class NestedCodec<T> implements Codec<T> {
    private final Function<T, Map<String, AttributeValue>> toItem;
    private final Function<Map<String, AttributeValue>, T> fromItem;

    NestedCodec(Function<T, Map<String, AttributeValue>> toItem, Function<Map<String, AttributeValue>, T> fromItem) {
      this.toItem = toItem;
      this.fromItem = fromItem;
    }

    @Override
    public AttributeValue encode(T value) {
      return AttributeValue.createM(toItem.apply(value));
    }

    @Override
    public T decode(AttributeValue value) {
      expect(value, AttributeValue.Type.M, StoredType.M);
      try {
        return fromItem.apply(value.m());
      } catch (DecodeFailure f) {
        throw f.inMap(value);
      }
    }

    @Override
    public StoredType storedType() {
      return StoredType.M;
    }
  }

  /** An {@code Optional}: empty is not stored, and a missing attribute reads back as empty. */
  static final class OptionalCodec<T> implements Codec<Optional<T>> {
    private final Codec<T> inner;

    OptionalCodec(Codec<T> inner) {
      this.inner = inner;
    }

    @Override
    public AttributeValue encode(Optional<T> value) {
      return value.map(inner::encode).orElse(null);
    }

    @Override
    public Optional<T> decode(AttributeValue value) {
      return Optional.ofNullable(inner.decodeNullable(value));
    }

    @Override
    public Optional<T> decodeNullable(AttributeValue value) {
      return Optional.ofNullable(inner.decodeNullable(value));
    }

    @Override
    public StoredType storedType() {
      return inner.storedType();
    }
  }
}
