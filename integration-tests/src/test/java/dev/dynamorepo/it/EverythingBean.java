package dev.dynamorepo.it;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbConvertedBy;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * The Enhanced Client's twin of {@link Everything} (a {@code @DynamoDbBean} read by
 * {@code TableSchema.fromBean}), for interop in both directions. It leaves out what the Enhanced
 * Client has no default converter for ({@code Optional}, {@code ByteBuffer}).
 */
@DynamoDbBean
public class EverythingBean {
  private String id;
  private boolean flag;
  private byte tiny;
  private short small;
  private int count;
  private long big;
  private float ratio;
  private double precise;
  private Integer boxedInt;
  private Long boxedLong;
  private Boolean boxedFlag;
  private BigDecimal amount;
  private BigInteger huge;
  private SdkBytes blob;
  private Status status;
  private UUID uuid;
  private Instant instant;
  private LocalDate date;
  private LocalDateTime dateTime;
  private LocalTime time;
  private OffsetDateTime offset;
  private ZonedDateTime zoned;
  private Duration duration;
  private List<String> names;
  private Set<String> tags;
  private Set<Long> numbers;
  private Set<SdkBytes> blobs;
  private Map<String, Integer> scores;
  private List<Map<String, List<Long>>> deep;
  private AddressBean address;
  private List<AddressBean> history;
  private Money price;

  @DynamoDbPartitionKey
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isFlag() {
    return flag;
  }

  public void setFlag(boolean flag) {
    this.flag = flag;
  }

  public byte getTiny() {
    return tiny;
  }

  public void setTiny(byte tiny) {
    this.tiny = tiny;
  }

  public short getSmall() {
    return small;
  }

  public void setSmall(short small) {
    this.small = small;
  }

  public int getCount() {
    return count;
  }

  public void setCount(int count) {
    this.count = count;
  }

  public long getBig() {
    return big;
  }

  public void setBig(long big) {
    this.big = big;
  }

  public float getRatio() {
    return ratio;
  }

  public void setRatio(float ratio) {
    this.ratio = ratio;
  }

  public double getPrecise() {
    return precise;
  }

  public void setPrecise(double precise) {
    this.precise = precise;
  }

  public Integer getBoxedInt() {
    return boxedInt;
  }

  public void setBoxedInt(Integer boxedInt) {
    this.boxedInt = boxedInt;
  }

  public Long getBoxedLong() {
    return boxedLong;
  }

  public void setBoxedLong(Long boxedLong) {
    this.boxedLong = boxedLong;
  }

  public Boolean getBoxedFlag() {
    return boxedFlag;
  }

  public void setBoxedFlag(Boolean boxedFlag) {
    this.boxedFlag = boxedFlag;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public BigInteger getHuge() {
    return huge;
  }

  public void setHuge(BigInteger huge) {
    this.huge = huge;
  }

  public SdkBytes getBlob() {
    return blob;
  }

  public void setBlob(SdkBytes blob) {
    this.blob = blob;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public UUID getUuid() {
    return uuid;
  }

  public void setUuid(UUID uuid) {
    this.uuid = uuid;
  }

  public Instant getInstant() {
    return instant;
  }

  public void setInstant(Instant instant) {
    this.instant = instant;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalDateTime getDateTime() {
    return dateTime;
  }

  public void setDateTime(LocalDateTime dateTime) {
    this.dateTime = dateTime;
  }

  public LocalTime getTime() {
    return time;
  }

  public void setTime(LocalTime time) {
    this.time = time;
  }

  public OffsetDateTime getOffset() {
    return offset;
  }

  public void setOffset(OffsetDateTime offset) {
    this.offset = offset;
  }

  public ZonedDateTime getZoned() {
    return zoned;
  }

  public void setZoned(ZonedDateTime zoned) {
    this.zoned = zoned;
  }

  public Duration getDuration() {
    return duration;
  }

  public void setDuration(Duration duration) {
    this.duration = duration;
  }

  public List<String> getNames() {
    return names;
  }

  public void setNames(List<String> names) {
    this.names = names;
  }

  public Set<String> getTags() {
    return tags;
  }

  public void setTags(Set<String> tags) {
    this.tags = tags;
  }

  public Set<Long> getNumbers() {
    return numbers;
  }

  public void setNumbers(Set<Long> numbers) {
    this.numbers = numbers;
  }

  public Set<SdkBytes> getBlobs() {
    return blobs;
  }

  public void setBlobs(Set<SdkBytes> blobs) {
    this.blobs = blobs;
  }

  public Map<String, Integer> getScores() {
    return scores;
  }

  public void setScores(Map<String, Integer> scores) {
    this.scores = scores;
  }

  public List<Map<String, List<Long>>> getDeep() {
    return deep;
  }

  public void setDeep(List<Map<String, List<Long>>> deep) {
    this.deep = deep;
  }

  public AddressBean getAddress() {
    return address;
  }

  public void setAddress(AddressBean address) {
    this.address = address;
  }

  public List<AddressBean> getHistory() {
    return history;
  }

  public void setHistory(List<AddressBean> history) {
    this.history = history;
  }

  @DynamoDbConvertedBy(MoneyConverter.class)
  public Money getPrice() {
    return price;
  }

  public void setPrice(Money price) {
    this.price = price;
  }

  /** The nested bean twin of {@link Address}. */
  @DynamoDbBean
  public static class AddressBean {
    private String street;
    private String city;
    private GeoBean geo;
    private List<String> lines;

    public String getStreet() {
      return street;
    }

    public void setStreet(String street) {
      this.street = street;
    }

    public String getCity() {
      return city;
    }

    public void setCity(String city) {
      this.city = city;
    }

    public GeoBean getGeo() {
      return geo;
    }

    public void setGeo(GeoBean geo) {
      this.geo = geo;
    }

    public List<String> getLines() {
      return lines;
    }

    public void setLines(List<String> lines) {
      this.lines = lines;
    }
  }

  /** The nested bean twin of {@link Address.Geo}. */
  @DynamoDbBean
  public static class GeoBean {
    private double lat;
    private double lon;

    public double getLat() {
      return lat;
    }

    public void setLat(double lat) {
      this.lat = lat;
    }

    public double getLon() {
      return lon;
    }

    public void setLon(double lon) {
      this.lon = lon;
    }
  }
}
