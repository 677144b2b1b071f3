package dev.dynamorepo.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.dynamorepo.processor.Generated.get;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchemaParams;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs the generated mapping of a JavaBean ({@code Account}, which is also its own Enhanced Client
 * twin) and checks both ways against the Enhanced Client's {@code TableSchema.fromBean}: the two
 * write the same item and each reads what the other wrote.
 */
class BeanMappingTest {
  @TempDir static Path dir;
  static Generated generated;

  @BeforeAll
  static void compile() throws IOException {
    DiskCompiler.Result r = DiskCompiler.compile(dir, new EntityProcessor(), Entities.all());
    assertThat(r.diagnostics()).isEmpty();
    generated = new Generated(r.loader());
  }

  /**
   * {@code TableSchema.fromBean} of the compiled twin. The Enhanced Client makes its getters and
   * converter suppliers with a full-privilege {@code MethodHandles.Lookup}; its default one cannot
   * see classes of the test's class loader, so it gets one made inside that loader.
   */
  @SuppressWarnings("unchecked")
  private static TableSchema<Object> beanSchema() {
    Class<Object> type = (Class<Object>) generated.type("Account");
    MethodHandles.Lookup lookup = (MethodHandles.Lookup) generated.fixture("lookup");
    return TableSchema.fromBean(BeanTableSchemaParams.builder(type).lookup(lookup).build());
  }

  @SuppressWarnings("unchecked")
  private static TableSchema<Object> generatedSchema() {
    return (TableSchema<Object>) generated.call("AccountSchema", "tableSchema");
  }

  @Test
  void writesTheSameItemAsTheEnhancedClientBeanSchema() {
    Object account = generated.fixture("account");
    Map<String, AttributeValue> ours = generated.toItem("Account", account);
    assertThat(ours).isEqualTo(beanSchema().itemToMap(account, true));
    assertThat(ours.get("avatar")).isEqualTo(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3})));
    assertThat(ours.get("profile").m().get("display_name")).isEqualTo(AttributeValue.fromS("Ann"));
    assertThat(ours).doesNotContainKey("scratch");
  }

  @Test
  void theEnhancedClientReadsWhatWeWriteAndViceVersa() {
    Map<String, AttributeValue> ours = generated.toItem("Account", generated.fixture("account"));
    Object readByEnhanced = beanSchema().mapToItem(ours);
    assertThat(generated.toItem("Account", readByEnhanced)).isEqualTo(ours);
    Object readByUs = generated.fromItem("Account", beanSchema().itemToMap(generated.fixture("account"), true));
    assertThat(generated.toItem("Account", readByUs)).isEqualTo(ours);
  }

  @Test
  void tableSchemaRunsTheGeneratedCode() {
    Object account = generated.fixture("account");
    Map<String, AttributeValue> ours = generated.toItem("Account", account);
    assertThat(generatedSchema().itemToMap(account, true)).isEqualTo(ours);
    assertThat(generated.toItem("Account", generatedSchema().mapToItem(ours))).isEqualTo(ours);
    assertThat(generatedSchema().tableMetadata().primaryPartitionKey()).isEqualTo("id");
  }

  @Test
  void roundTripKeepsEveryStoredPropertyAndDropsIgnoredOnes() {
    Object back = generated.fromItem("Account", generated.toItem("Account", generated.fixture("account")));
    assertThat(get(back, "isActive")).isEqualTo(false);
    assertThat(get(back, "getVersion")).isEqualTo(3L);
    assertThat(get(back, "getScratch")).isNull();
    assertThat((byte[]) get(back, "getAvatar")).isEqualTo(new byte[] {1, 2, 3});
    assertThat(get(get(back, "getCredit"), "cents")).isEqualTo(99L);
  }

  @Test
  void absentAttributesLeaveFieldInitializersAlone() {
    Object back = generated.fromItem("Account", Map.of("id", AttributeValue.fromN("1")));
    assertThat(get(back, "getId")).isEqualTo(1L);
    assertThat(get(back, "isActive")).isEqualTo(true);
    assertThat(get(back, "getName")).isNull();
  }
}
