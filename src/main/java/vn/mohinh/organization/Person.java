package vn.mohinh.organization;

import java.util.Set;

/** A person of the directory, with the unit they belong to and their bloc-wide roles. */
public record Person(
    String username, String fullName, String email, String unitCode, Position position, Set<Role> roles) {

  public Person {
    roles = Set.copyOf(roles);
  }
}
