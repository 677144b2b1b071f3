package test;

import dev.dynamorepo.annotations.Attribute;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** A nested JavaBean, with a renamed property; also an Enhanced Client bean. */
@DynamoDbBean
public class Profile {
  private String displayName;
  private int age;
  private List<Profile> friends;

  @Attribute("display_name")
  @DynamoDbAttribute("display_name")
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String displayName) { this.displayName = displayName; }
  public int getAge() { return age; }
  public void setAge(int age) { this.age = age; }
  public List<Profile> getFriends() { return friends; }
  public void setFriends(List<Profile> friends) { this.friends = friends; }
}
