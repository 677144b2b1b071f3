package test;

import dev.dynamorepo.annotations.AutoIncrement;
import dev.dynamorepo.annotations.Convert;
import dev.dynamorepo.annotations.Ignore;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;
import dev.dynamorepo.annotations.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbConvertedBy;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbIgnore;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * A JavaBean entity that is also its own Enhanced Client twin: dynamo-repo's annotations (CLASS
 * retention) and the Enhanced Client's (RUNTIME) on one class, so both mappers can write the same
 * instance and the test can compare their maps.
 */
@Table(name = "accounts")
@DynamoDbBean
public class Account {
  @PartitionKey @AutoIncrement private Long id;
  @Version private long version;
  private String name;
  private boolean active = true;
  private Integer level;
  private BigDecimal balance;
  private byte[] avatar;
  private Color color;
  private Instant created;
  private Duration timeout;
  private List<String> roles;
  private Set<String> tags;
  private Map<String, Integer> limits;
  private Profile profile;
  private Money credit;
  private String scratch;

  @DynamoDbPartitionKey
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public long getVersion() { return version; }
  public void setVersion(long version) { this.version = version; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }
  public Integer getLevel() { return level; }
  public void setLevel(Integer level) { this.level = level; }
  public BigDecimal getBalance() { return balance; }
  public void setBalance(BigDecimal balance) { this.balance = balance; }
  public byte[] getAvatar() { return avatar; }
  public void setAvatar(byte[] avatar) { this.avatar = avatar; }
  public Color getColor() { return color; }
  public void setColor(Color color) { this.color = color; }
  public Instant getCreated() { return created; }
  public void setCreated(Instant created) { this.created = created; }
  public Duration getTimeout() { return timeout; }
  public void setTimeout(Duration timeout) { this.timeout = timeout; }
  public List<String> getRoles() { return roles; }
  public void setRoles(List<String> roles) { this.roles = roles; }
  public Set<String> getTags() { return tags; }
  public void setTags(Set<String> tags) { this.tags = tags; }
  public Map<String, Integer> getLimits() { return limits; }
  public void setLimits(Map<String, Integer> limits) { this.limits = limits; }
  public Profile getProfile() { return profile; }
  public void setProfile(Profile profile) { this.profile = profile; }
  @Convert(MoneyConverter.class)
  @DynamoDbConvertedBy(MoneyConverter.class)
  public Money getCredit() { return credit; }
  public void setCredit(Money credit) { this.credit = credit; }
  @Ignore
  @DynamoDbIgnore
  public String getScratch() { return scratch; }
  public void setScratch(String scratch) { this.scratch = scratch; }
}
