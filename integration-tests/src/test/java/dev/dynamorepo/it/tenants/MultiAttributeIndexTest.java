package dev.dynamorepo.it.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;

/** DynamoDB's multi-attribute global index keys (up to four partition and four sort attributes), on the local server. */
@WithDynamoDb
class MultiAttributeIndexTest {
  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

  private DynamoDbClient client;
  private TicketRepository tickets;
  private InvoiceRepository invoices;
  private MemberRepository members;
  private TenantItemTable all;

  @BeforeEach
  void setUp(DynamoDbClient client) {
    this.client = client;
    if (client.listTables().tableNames().contains("tenant_items")) {
      client.deleteTable(b -> b.tableName("tenant_items"));
    }
    DynamoDb dynamo = DynamoDb.of(client);
    tickets = new TicketRepository(dynamo);
    invoices = new InvoiceRepository(dynamo);
    members = new MemberRepository(dynamo);
    all = new TenantItemTable(dynamo);
    all.createTable();
    tickets.put(new Ticket("t1", "k1", "OPEN", JAN, 2, "printer"));
    tickets.put(new Ticket("t1", "k2", "OPEN", FEB, 1, "laptop"));
    tickets.put(new Ticket("t1", "k3", "OPEN", FEB, 3, "screen"));
    tickets.put(new Ticket("t1", "k4", "CLOSED", MAR, 1, "chair"));
    tickets.put(new Ticket("t2", "k5", "OPEN", JAN, 1, "desk"));
    invoices.put(new Invoice("t1", "i1", "OPEN", MAR, 1, 9900));
    members.put(new Member("t1", "m1", "ann@example.com"));
  }

  @Test
  void createsTheIndexWithEveryKeyAttribute() {
    GlobalSecondaryIndexDescription index = client.describeTable(b -> b.tableName("tenant_items")).table()
        .globalSecondaryIndexes().stream().filter(i -> i.indexName().equals("byStatus")).findFirst().orElseThrow();
    assertEquals(List.of("HASH tenant", "HASH status", "RANGE placedAt", "RANGE priority"),
        index.keySchema().stream().map(k -> k.keyTypeAsString() + " " + k.attributeName()).toList());
  }

  @Test
  void entityQueriesGiveEveryPartitionAttributeAndSortAttributesFromTheLeft() {
    assertEquals(List.of("k1", "k2", "k3"), ids(tickets.queryByStatus("t1", "OPEN").stream().toList()));
    assertEquals(List.of("k2", "k3"), ids(tickets.queryByStatus("t1", "OPEN", at -> at.ge(FEB)).stream().toList()));
    assertEquals(List.of("k3"), ids(tickets.queryByStatus("t1", "OPEN", FEB, p -> p.gt(1)).stream().toList()));
    assertEquals(List.of("k3", "k2", "k1"), ids(tickets.queryByStatus("t1", "OPEN").descending().stream().toList()));
    assertEquals(List.of("i1"), invoices.queryByStatus("t1", "OPEN").stream().map(Invoice::invoiceId).toList());
    assertEquals(List.of("m1"), members.queryByEmail("ann@example.com").stream().map(Member::memberId).toList());
  }

  @Test
  void aPartialUpdateMovesTheItemInTheIndex() {
    tickets.update("t1", "k1").set(TicketSchema.STATUS, "CLOSED").execute();
    assertEquals(List.of("k2", "k3"), ids(tickets.queryByStatus("t1", "OPEN").stream().toList()));
    assertEquals(List.of("k1", "k4"), ids(tickets.queryByStatus("t1", "CLOSED").stream().toList()));
  }

  @Test
  void collectionQueryReadsEveryTypeHoldingTheKey() {
    List<TenantItem> open = all.queryByStatus("t1", "OPEN").stream().toList();
    assertEquals(4, open.size());
    assertEquals(3, open.stream().filter(i -> i instanceof Ticket).count());
    assertTrue(open.get(3) instanceof Invoice, "sorted by placedAt: the March invoice comes last");
    assertEquals(3, all.query("t1").stream().filter(i -> i instanceof Ticket t && t.status().equals("OPEN")).count());
  }

  @Test
  void aMissingPartitionAttributeIsRefusedBeforeSending() {
    DynamoException e = assertThrows(DynamoException.class, () -> tickets.queryByStatus("t1", null).stream().toList());
    assertTrue(e.getMessage().contains("status"), e.getMessage());
  }

  private static List<String> ids(List<Ticket> list) {
    return list.stream().map(Ticket::ticketId).toList();
  }
}
